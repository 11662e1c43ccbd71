"""What the scorer found for each skill a job asks for: the one set of facts that the skills
part of the score, the matched and missing lists and the explanation are all read from."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from domain.skill_relations import RelationSource


class FitStatus(str, Enum):
    MET = "MET"                  # held exactly or under a named equivalent / a part at its best
    PARTLY_MET = "PARTLY_MET"    # a related skill held / a part between none and full
    MISSING = "MISSING"          # not held at all / a part at nothing
    UNKNOWN = "UNKNOWN"          # nothing known: left out of the score


@dataclass(frozen=True)
class SkillFact:
    skill: str                   # as the employer wrote it
    canonical: str               # the taxonomy's name, what is compared
    required: bool
    status: FitStatus
    held: str | None             # the candidate's skill that meets it or is related, as written
    source: RelationSource | None
    credit: float                # 0..1 earned towards the skills part
    share: float                 # this skill's share of the skills part (shares sum to 1)
    # A required licence, registration or certification: a gate (credential_gates.py).
    gate: bool = False
    # The résumé's own words that state it, where they (not its skills list) hold it
    # (mentioned_skills.py): "menu costing".
    stated: str | None = None


@dataclass(frozen=True)
class SkillFit:
    value: float | None
    matched: list[str]            # job skills the candidate holds (required first)
    missing: list[str]            # required skills the candidate does not hold
    related: dict[str, str]       # missing required skill -> related skill held
    required_total: int
    required_held: int
    # How much the job's skill list can tell candidates apart, 0..1 (mean skill weight,
    # required counting as in the coverage): the skills part counts in this proportion.
    specificity: float = 1.0
    facts: tuple[SkillFact, ...] = ()
    # Required credentials (gates) not held, as the employer wrote them; and those not known
    # to be held or not, because no skill at all was read from the résumé.
    credentials_missing: tuple[str, ...] = ()
    credentials_unknown: tuple[str, ...] = ()
    # Of credentials_missing, those held in another jurisdiction: (as the job writes it, the one
    # held as the résumé writes it).
    credentials_abroad: tuple[tuple[str, str], ...] = ()
