"""Voluntary self-identification for the bias audit: set, read back and withdraw, by the
candidate alone."""
from __future__ import annotations

import strawberry

from domain.errors import Forbidden
from domain.services.self_identification import SelfIdentificationService
from resolvers.context import Info
from resolvers.permissions import IsCandidate, signed_in
from resolvers.types.demographics import SelfIdentificationInput, SelfIdentificationType


def self_identification(info: Info) -> SelfIdentificationService:
    found = info.context.services.self_identification
    if found is None:
        raise Forbidden("This backend does not offer self-identification.")
    return found


@strawberry.type
class SelfIdentificationMutations:
    @strawberry.mutation(
        description="Candidates: voluntarily tells your sex and race/ethnicity for the bias audit of matching."
        " Kept apart from your profile, never used in scoring, seen by administrators only as group totals."
        " Replaces earlier answers (send at least one; one left out is then unanswered);"
        " withdrawSelfIdentification forgets them.",
        permission_classes=[IsCandidate],
    )
    async def set_self_identification(self, info: Info, input: SelfIdentificationInput) -> SelfIdentificationType:
        answers = await self_identification(info).answer(signed_in(info), input.sex, input.race_ethnicity)
        return SelfIdentificationType.from_domain(answers)

    @strawberry.mutation(
        description="Candidates: forgets your self-identification; true when there was one.",
        permission_classes=[IsCandidate],
    )
    async def withdraw_self_identification(self, info: Info) -> bool:
        return await self_identification(info).withdraw(signed_in(info))


@strawberry.type
class SelfIdentificationQueries:
    @strawberry.field(
        description="Candidates: your own self-identification, or null when you gave none.",
        permission_classes=[IsCandidate],
    )
    async def my_self_identification(self, info: Info) -> SelfIdentificationType | None:
        answers = await self_identification(info).read_back(signed_in(info))
        return SelfIdentificationType.from_domain(answers) if answers else None
