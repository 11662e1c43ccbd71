"""How a skill a person wrote is shown, and which single letters name nothing (split from
domain/skills.py: the extractor's file)."""
from __future__ import annotations

import re

from domain.skill_kinds import SkillKind
from domain.skills import DISAMBIGUATING_VENDORS, normalise, tokens

# A bracketed part of a name ("Basic Life Support (BLS)").
_BRACKETED = re.compile(r"\([^)]*\)")



def a_bare_letter(name: str, kind: SkillKind | None) -> bool:
    """A letter alone names no skill or credential ("C" of "Class B, C and D"; a licence's
    class is named with its class word), unless the taxonomy knows it as a tool: the C and R
    programming languages."""
    return len(name.strip()) == 1 and kind is not SkillKind.TOOL


def display_name(written: str, canonical: str, kind: SkillKind) -> str:
    """The name to show for a skill a person wrote: as written ("AutoCAD", "CDL Class A",
    "ITIL Foundation"), so that what is shown is what the document says; the taxonomy's name
    only where it fixes the case, spells out an abbreviation of a product ("k8s" ->
    "Kubernetes") or makes a product named by an ordinary word unambiguous ("Excel" ->
    "Microsoft Excel")."""
    if normalise(written) == normalise(canonical):
        return canonical if canonical != canonical.lower() else written
    if kind is SkillKind.CERTIFICATION and normalise(written) == normalise(_BRACKETED.sub("", canonical)):
        return canonical  # "Basic Life Support" as the credential is known: "... (BLS)"
    if kind is not SkillKind.TOOL:
        return written
    mine, theirs = set(tokens(written)), set(tokens(canonical))
    if mine <= theirs:
        return canonical if theirs - mine <= DISAMBIGUATING_VENDORS else written
    if not mine & theirs and len(theirs) <= 2:
        return canonical
    return written
