"""A résumé's credentials named as not held yet ("NMC application in progress", "NMC CBT
passed") blanked before its skills are read, so no reader of lists or prose takes them for
held ones (domain.pending_credentials says which)."""
from __future__ import annotations

from domain.pending_credentials import CredentialMention, may_name_a_pending_credential, pending_spans
from domain.ports.documents import SkillExtractor
from domain.skills import SkillKind


def without_pending_credentials(text: str, extractor: SkillExtractor) -> str:
    # A credential is held back only by words in its own clause, and no clause spans two lines:
    # so only the lines with such a word are read for credentials (most résumés have none).
    if not may_name_a_pending_credential(text):
        return text
    return "".join(_without_pending_in_line(line, extractor) if may_name_a_pending_credential(line) else line
                   for line in text.splitlines(keepends=True))


def _without_pending_in_line(line: str, extractor: SkillExtractor) -> str:
    mentions = [CredentialMention(m.start, m.end, m.name) for m in extractor.mentions(line, skills_context=True)
                if extractor.kind(m.name) is SkillKind.CERTIFICATION]
    for start, end in pending_spans(line, mentions) if mentions else ():
        line = line[:start] + " " * (end - start) + line[end:]
    return line
