"""Skills nearly every trade lists: customer service, manual handling, a food hygiene
certificate, an office suite, a driving licence. Sharing them says nothing about whether a
role was work like a job's (relevant_years.py). The taxonomy has no such notion (ESCO's
"transversal" reuse level is not read into it), so they are named here, by canonical name
as the taxonomy spells them, with the kinds no trade owns (languages)."""
from __future__ import annotations

from collections.abc import Callable

from domain.skill_kinds import SkillKind

GENERIC_SKILLS = frozenset(s.casefold() for s in (
    "customer service", "customer care", "Manual handling", "Food Hygiene Level 2", "Food hygiene",
    "First Aid certification", "First aid", "communication", "teamwork", "Health and safety",
    "Microsoft Office", "Microsoft Word", "Microsoft Excel", "Microsoft Outlook", "Email software",
    "Driving licence", "Full UK driving licence", "Driving licence category B", "time management", "attention to detail",
    "computer literacy", "computer technology", "perform multiple tasks at the same time",
    "meet commitments", "adapt to change", "leadership", "problem solving", "DBS check", "Data entry",
))


def is_generic(name: str, kind: Callable[[str], SkillKind] | None = None) -> bool:
    return name.strip().casefold() in GENERIC_SKILLS or (kind is not None and kind(name) is SkillKind.LANGUAGE)
