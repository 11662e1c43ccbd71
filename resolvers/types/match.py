from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from domain.errors import NotFound
from domain.matches import Match
from resolvers.context import Info
from resolvers.ids import to_global_id
from resolvers.permissions import can_see_contact
from resolvers.types.common import Node
from resolvers.types.match_reasons import MatchReasonType, ScoringWeightsType

if TYPE_CHECKING:
    from resolvers.types.job import JobType
    from resolvers.types.resume import ResumeType
    from resolvers.types.user import UserType


@strawberry.type(name="ScoreBreakdown")
class ScoreBreakdownType:
    semantic: float
    skills: float
    experience: float
    location: float
    salary: float
    preferences: float = strawberry.field(description=(
        "Desired titles and employment types; 0.5 (neutral) when unknown or scored before it existed."))


@strawberry.type(name="Match")
class MatchType(Node):
    match: strawberry.Private[Match]
    id: strawberry.ID
    score: float = strawberry.field(description="0 to 1, higher is better.")
    breakdown: ScoreBreakdownType

    @classmethod
    def from_domain(cls, match: Match) -> MatchType:
        return cls(
            match=match,
            id=strawberry.ID(to_global_id("Match", match.id)),
            score=match.score,
            breakdown=ScoreBreakdownType(**match.breakdown.model_dump()),
        )

    # Built on read from the resume and the job (not stored with the match).
    @strawberry.field
    async def matched_skills(self, info: Info) -> list[str]:
        return (await info.context.loaders.match_facts.of(self.match)).matched_skills

    @strawberry.field
    async def missing_skills(self, info: Info) -> list[str]:
        return (await info.context.loaders.match_facts.of(self.match)).missing_skills

    @strawberry.field(description=(
        "Why the candidate and the job match, in a sentence; it says no more of the résumé than "
        "the reader may see of it (the résumé's place only to whom its location is shown); "
        "the candidate reads it addressed to them (\"you\")."))
    async def explanation(self, info: Info) -> str:
        facts = await info.context.loaders.match_facts.of(self.match)
        viewer = info.context.viewer
        return facts.explanation_for(sees_contact=await can_see_contact(info, self.match.candidate_id),
                                     is_candidate=viewer is not None and viewer.id == self.match.candidate_id)

    @strawberry.field(description=(
        "The facts the score came from, one per listed skill and per other part; the "
        "explanation sentence is written from these."))
    async def reasons(self, info: Info) -> list[MatchReasonType]:
        facts = await info.context.loaders.match_facts.of(self.match)
        return [MatchReasonType.from_domain(r) for r in facts.reasons]

    @strawberry.field(description="Which scoring produced the score; bumped whenever it changes.")
    def scoring_version(self) -> int:
        return self.match.scoring_version

    @strawberry.field(description="The part weights the score was computed with; null for older matches.")
    def scoring_weights(self) -> ScoringWeightsType | None:
        weights = self.match.scoring_weights
        return ScoringWeightsType.from_domain(weights) if weights is not None else None

    @strawberry.field
    def created_at(self) -> datetime:
        return self.match.created_at

    @strawberry.field
    async def candidate(self, info: Info) -> Annotated[UserType, strawberry.lazy("resolvers.types.user")]:
        from resolvers.types.user import UserType

        candidate = await info.context.loaders.user_by_id.load(self.match.candidate_id)
        if candidate is None:  # an erasure removes the matches with the account; between the two, none
            raise NotFound("The candidate of this match erased their account a moment ago.")
        return UserType.from_domain(candidate)

    @strawberry.field
    async def job(self, info: Info) -> Annotated[JobType, strawberry.lazy("resolvers.types.job")]:
        from resolvers.types.job import JobType

        return JobType.from_domain(await info.context.loaders.job_by_id.load(self.match.job_id))

    @strawberry.field(description=(
        "The resume this match was computed from: the candidate's primary one, else the one that fits "
        "this job best."))
    async def resume(self, info: Info) -> Annotated[ResumeType, strawberry.lazy("resolvers.types.resume")]:
        from resolvers.types.resume import ResumeType

        resume = await info.context.loaders.resume_by_id.load(self.match.resume_id)
        if resume is None:
            # Deleted a moment ago: the match is recomputed from the candidate's other résumés.
            raise NotFound("The résumé this match came from was just deleted; the match is being "
                           "recomputed from the candidate's other résumés. Ask again in a moment.")
        return ResumeType.from_domain(resume)
