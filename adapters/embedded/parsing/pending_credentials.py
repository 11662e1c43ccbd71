"""A résumé's credentials named as not held yet ("NMC application in progress", "NMC CBT
passed") blanked before its skills are read, so no reader of lists or prose takes them for
held ones (domain.pending_credentials says which)."""
from __future__ import annotations

from domain.pending_credentials import CredentialMention, pending_spans
from domain.ports.documents import SkillExtractor
from domain.skills import SkillKind


def without_pending_credentials(text: str, extractor: SkillExtractor) -> str:
    if not text.strip():
        return text
    mentions = [CredentialMention(m.start, m.end, m.name) for m in extractor.mentions(text, skills_context=True)
                if extractor.kind(m.name) is SkillKind.CERTIFICATION]
    for start, end in pending_spans(text, mentions) if mentions else ():
        text = text[:start] + " " * (end - start) + text[end:]
    return text
