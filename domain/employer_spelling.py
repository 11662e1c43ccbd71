"""An employer's skill shown as they spelled it, except where the taxonomy only fixes its case,
knows it by a short better-known name, or names the credential inside their words."""
from __future__ import annotations

import re

from domain.ports.documents import SkillExtractor
from domain.skills import SkillKind, normalise, tokens


def employer_spelling(written: str, skills: SkillExtractor) -> str:
    """An employer's skill as they spelled it, unless the taxonomy's name is the same words
    in a fixed spelling ("postgresql" -> "PostgreSQL"), the same words and theirs was all one
    case ("FOOD SAFETY" -> "Food safety"), or a short better-known name for an abbreviation
    ("k8s" -> "Kubernetes"); never a longer product name ("NetSuite" stays, not "Oracle
    NetSuite"), and never a case they chose over the taxonomy's plain one ("Wound Care" stays,
    not ESCO's "wound care")."""
    canonical = skills.canonical(written)
    if canonical is None:
        known = _known_part(written, skills)
        return employer_spelling(known, skills) if known else written
    if normalise(canonical) == normalise(written) and _cased_on_purpose(written):
        if not _fixed_spelling(canonical):
            return written
        return _fixed_words_only(written, canonical)
    return as_spelled(written, canonical, skills)


_NOTE = re.compile(r"^(?P<outside>[^()]*?)\s*\((?P<inside>[^()]+)\)\s*$")
# Words beside a credential's name that say no more than that it is held ("Driver CPC card").
_HOLDING_WORDS = frozenset("card licence license certificate certification ticket qualification qualified holder "
                           "full valid current registered registration".split())


def _known_part(written: str, skills: SkillExtractor) -> str | None:
    """The credential an employer's skill names that the taxonomy knows, as a résumé's
    licences list is read: the name before or inside a bracketed note ("Driver CPC (DQC)",
    "Full UK driving licence (Category C+E)"), or the one credential named with words that
    only say it is held ("Driver CPC card")."""
    note = _NOTE.match(written)
    if note:
        for part in (note.group("outside").strip(), note.group("inside").strip()):
            canonical = skills.canonical(part) if part else None
            if canonical and skills.kind(canonical) is SkillKind.CERTIFICATION:
                # only a credential's: a note on a tool or a language ("Python (Django)",
                # "Spanish (fluent)") is a second skill or a level, not another spelling
                return part
    found = skills.mentions(written, skills_context=True)
    if len(found) != 1 or skills.kind(found[0].name) is not SkillKind.CERTIFICATION:
        return None
    rest = written[:found[0].start] + " " + written[found[0].end:]
    return written[found[0].start:found[0].end] if set(tokens(rest)) <= _HOLDING_WORDS else None


def _fixed_words_only(written: str, canonical: str) -> str:
    """Word by word, the taxonomy's word where it capitalises a letter the employer's does
    not ("Iv" -> "IV", "excel" -> "Excel"), else the employer's: "IV Therapy" stays so, not
    the taxonomy's "IV therapy". Words that do not pair up one to one take the taxonomy's whole."""
    mine, theirs = written.split(), canonical.split()
    if len(mine) != len(theirs) or any(len(a) != len(b) or a.lower() != b.lower() for a, b in zip(mine, theirs)):
        return canonical
    return " ".join(t if any(a.islower() and b.isupper() for a, b in zip(w, t)) else w for w, t in zip(mine, theirs))


def _fixed_spelling(name: str) -> bool:
    """A capital after the first letter ("PostgreSQL", "HACCP", "IV cannulation"): a name
    spelled one way, unlike the taxonomy's plain phrases ("Food safety", "wound care")."""
    return any(ch.isupper() for ch in name[1:])


def _cased_on_purpose(written: str) -> bool:
    return written != written.lower() and written != written.upper()


def as_spelled(written: str, canonical: str, skills: SkillExtractor) -> str:
    """A skill read in an employer's words, shown as they wrote it unless that is the
    taxonomy's name, a one-word nickname of a product, or a credential's initials in lower case."""
    if normalise(canonical) == normalise(written):
        return canonical
    mine, theirs = set(tokens(written)), set(tokens(canonical))
    # Only a one-word abbreviation or nickname ("k8s", "golang") gives way to the better-known
    # name: a name written in full ("Amazon Web Services") is never shortened to "AWS".
    if skills.kind(canonical) is SkillKind.TOOL and len(mine) == 1 and not (mine & theirs) and len(theirs) <= 2:
        return canonical
    if skills.kind(canonical) is SkillKind.CERTIFICATION and written.isalpha() and written.islower():
        return canonical  # initials typed in lower case ("bls") shown as the credential's name
    return written

