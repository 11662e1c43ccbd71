"""The structured explanation of a match (domain/matching/reasons.py) and the weights it was
scored with, as GraphQL types."""
from __future__ import annotations

import strawberry

from domain.matches import PartWeights
from domain.matching.reasons import MatchReason
from domain.matching.reasons import ReasonKind as _ReasonKind
from domain.matching.skill_facts import FitStatus as _FitStatus
from domain.skill_relations import RelationSource as _RelationSource

strawberry.enum(_ReasonKind, name="MatchReasonKind", description=(
    "What a reason is about: one SKILL the job lists, or a part of the score (CONTENT is the "
    "resume and the posting read whole)."))
strawberry.enum(_FitStatus, name="MatchFitStatus", description=(
    "MET (exactly or by a named equivalent), PARTLY_MET (a related skill, or a part between "
    "nothing and full), MISSING, or UNKNOWN (nothing known: left out of the score)."))
strawberry.enum(_RelationSource, name="SkillRelationSource", description=(
    "Why a held skill counts for a listed one: EXACT, EQUIVALENT (another name of the same "
    "skill), TAXONOMY (near by embedding and in the same O*NET commodity group) or EMBEDDING "
    "(near by embedding)."))


@strawberry.type(name="MatchReason")
class MatchReasonType:
    kind: _ReasonKind
    status: _FitStatus
    weight: float = strawberry.field(description=(
        "Share of the score this reason carries, 0 to 1; the known reasons' weights sum to 1."))
    value: float | None = strawberry.field(description="0 to 1 as scored; null when unknown.")
    skill: str | None = strawberry.field(description="The skill as the employer wrote it (SKILL reasons).")
    required: bool | None
    held: str | None = strawberry.field(description="The candidate's equivalent or related skill.")
    source: _RelationSource | None
    required_credential: bool = strawberry.field(default=False, description=(
        "A licence, registration or certification the job requires (SKILL reasons): a candidate "
        "whose résumé lists skills but not this one has the whole score lowered, not only the skills part."))
    stated_in_resume: str | None = strawberry.field(default=None, description=(
        "The résumé's own words that state the skill (SKILL reasons met so), where its text, not its "
        "skills list, holds it: e.g. 'menu costing'; null otherwise."))

    @classmethod
    def from_domain(cls, r: MatchReason) -> MatchReasonType:
        return cls(kind=r.kind, status=r.status, weight=r.weight, value=r.value, skill=r.skill,
                   required=r.required, held=r.held, source=r.source, required_credential=r.gate,
                   stated_in_resume=r.stated)


@strawberry.type(name="ScoringWeights", description="The relative weights of the score's parts.")
class ScoringWeightsType:
    semantic: float
    skills: float
    experience: float
    location: float
    salary: float
    preferences: float

    @classmethod
    def from_domain(cls, w: PartWeights) -> ScoringWeightsType:
        return cls(**w.model_dump())
