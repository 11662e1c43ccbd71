"""The structured explanation of a match: one reason per skill the job asks for and one per
other part of the score, each with how it fared and how much of the score it carries. Read
from the same MatchScore the score came from; the sentence (explanation.py) is written from
these reasons, so the two cannot disagree with each other or with the score."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from domain.matching.match_score import MatchScore
from domain.matching.skill_facts import FitStatus
from domain.skill_relations import RelationSource


class ReasonKind(str, Enum):
    SKILL = "SKILL"
    CONTENT = "CONTENT"                  # the semantic part: resume and posting read whole
    EXPERIENCE = "EXPERIENCE"
    LOCATION = "LOCATION"                # place and remote arrangement
    SALARY = "SALARY"
    TITLE = "TITLE"                      # the candidate's desired titles
    EMPLOYMENT_TYPE = "EMPLOYMENT_TYPE"


@dataclass(frozen=True)
class MatchReason:
    kind: ReasonKind
    status: FitStatus
    # Share of the score this reason carries: the known reasons' weights sum to 1 and the
    # score is their weighted mean of `value` (up to rounding, the full-fit ceiling and the
    # missing-credential factor, MatchScore.credential_factor).
    weight: float
    value: float | None                  # 0..1, None when unknown
    skill: str | None = None             # as the employer wrote it
    required: bool | None = None
    held: str | None = None              # the candidate's equivalent or related skill
    source: RelationSource | None = None
    gate: bool = False                   # a required credential (credential_gates.py)
    stated: str | None = None            # the résumé's own words that hold it (mentioned_skills.py)


_PART_KIND = {"semantic": ReasonKind.CONTENT, "experience": ReasonKind.EXPERIENCE,
              "location": ReasonKind.LOCATION, "salary": ReasonKind.SALARY}


def reasons(match: MatchScore) -> list[MatchReason]:
    out = _skill_reasons(match)
    parts = match.breakdown.model_dump()
    for part, kind in _PART_KIND.items():
        value = None if part in match.unknown else parts[part]
        out.append(MatchReason(kind, status_of(value), round(match.shares.get(part, 0.0), 6), value))
    preferences = [(ReasonKind.TITLE, match.title_fit), (ReasonKind.EMPLOYMENT_TYPE, match.employment_fit)]
    known = sum(1 for _, v in preferences if v is not None)
    for kind, value in preferences:
        weight = match.shares.get("preferences", 0.0) / known if value is not None else 0.0
        out.append(MatchReason(kind, status_of(value), round(weight, 6), value))
    return out


def status_of(value: float | None) -> FitStatus:
    if value is None:
        return FitStatus.UNKNOWN
    if value >= 1.0:
        return FitStatus.MET
    return FitStatus.PARTLY_MET if value > 0 else FitStatus.MISSING


def _skill_reasons(match: MatchScore) -> list[MatchReason]:
    if "skills" in match.unknown:  # the posting lists no skills
        return [MatchReason(ReasonKind.SKILL, FitStatus.UNKNOWN, 0.0, None)]
    share = match.shares.get("skills", 0.0)
    return [MatchReason(ReasonKind.SKILL, f.status, round(share * f.share, 6), f.credit, skill=f.skill,
                        required=f.required, held=f.held, source=f.source, gate=f.gate, stated=f.stated)
            for f in match.skills.facts]
