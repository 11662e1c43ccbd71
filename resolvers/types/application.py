from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry

from domain.applications import Application, ApplicationEvent
from domain.services.sent_resume_scores import SentResume
from resolvers.context import Info
from resolvers.ids import to_global_id
from resolvers.types.common import Node
from resolvers.types.deleted_resume import deleted_resume
from resolvers.types.enums import ApplicationStatus

if TYPE_CHECKING:
    from resolvers.types.job import JobType
    from resolvers.types.resume import ResumeType
    from resolvers.types.user import UserType


@strawberry.type(name="ApplicationEvent")
class ApplicationEventType:
    event: strawberry.Private[ApplicationEvent]
    status: ApplicationStatus
    at: datetime
    note: str | None

    @strawberry.field
    async def by(self, info: Info) -> Annotated[UserType, strawberry.lazy("resolvers.types.user")] | None:
        from resolvers.types.user import UserType

        if self.event.by_user_id is None:
            return None
        user = await info.context.loaders.user_by_id.load(self.event.by_user_id)
        return UserType.from_domain(user) if user else None

    @strawberry.field(description="The cover letter a submission (the first, or one sent again after a withdrawal)"
                      " was sent with; null on other moves, without a letter, or when it was not recorded.")
    def cover_letter(self) -> str | None:
        return self.event.cover_letter

    @strawberry.field(description="The résumé a submission was sent with; null on other moves, when it was not"
                      " recorded, or once the résumé or its owner's account is gone.")
    async def resume(self, info: Info) -> Annotated[ResumeType, strawberry.lazy("resolvers.types.resume")] | None:
        from resolvers.types.resume import ResumeType

        if self.event.resume_id is None:
            return None
        resume = await info.context.loaders.resume_by_id.load(self.event.resume_id)
        return ResumeType.from_domain(resume) if resume else None


@strawberry.type(
    name="ApplicationChange",
    description="One status move as it was made (subscription payloads carry the move they announce).",
)
class ApplicationChangeType:
    from_status: ApplicationStatus | None = strawberry.field(
        name="from", description="The status before the move; null for the submission itself.")
    to_status: ApplicationStatus = strawberry.field(name="to")
    version: int = strawberry.field(description="The application's version this move made.")
    at: datetime
    note: str | None
    actor_id: strawberry.Private[str | None]
    job_closed: bool = strawberry.field(
        default=False,
        description="True when this is no move but the news that the job closed while the application was"
        " under way: `from` and `to` are then the status it stays in, and the hiring team may still move it.",
    )

    @strawberry.field(description="Who made the move; null once their account is gone.")
    async def by(self, info: Info) -> Annotated[UserType, strawberry.lazy("resolvers.types.user")] | None:
        from resolvers.types.user import UserType

        if self.actor_id is None:
            return None
        user = await info.context.loaders.user_by_id.load(self.actor_id)
        return UserType.from_domain(user) if user else None


@strawberry.type(name="Application")
class ApplicationType(Node):
    application: strawberry.Private[Application]
    id: strawberry.ID
    cover_letter: str | None
    status: ApplicationStatus
    version: int = strawberry.field(description="Bumped by every status change (optimistic concurrency).")
    created_at: datetime
    updated_at: datetime
    change: ApplicationChangeType | None = strawberry.field(
        default=None,
        description="In applicationUpdated payloads, the move announced (status and version are then"
        " as that move left them); null elsewhere.",
    )

    @classmethod
    def from_domain(cls, application: Application) -> ApplicationType:
        return cls(
            application=application,
            id=strawberry.ID(to_global_id("Application", application.id)),
            cover_letter=application.cover_letter,
            status=application.status,
            version=application.version,
            created_at=application.created_at,
            updated_at=application.updated_at,
        )

    @strawberry.field
    async def job(self, info: Info) -> Annotated[JobType, strawberry.lazy("resolvers.types.job")]:
        from resolvers.types.job import JobType

        return JobType.from_domain(await info.context.loaders.job_by_id.load(self.application.job_id))

    @strawberry.field
    async def candidate(self, info: Info) -> Annotated[UserType, strawberry.lazy("resolvers.types.user")]:
        from resolvers.types.user import UserType, anonymised_user

        if self.application.candidate_id is None:
            return anonymised_user(self.application)
        user = await info.context.loaders.user_by_id.load(self.application.candidate_id)
        return UserType.from_domain(user) if user else anonymised_user(self.application)

    @strawberry.field
    async def resume(self, info: Info) -> Annotated[ResumeType, strawberry.lazy("resolvers.types.resume")]:
        from resolvers.types.resume import ResumeType

        resume = None
        if self.application.resume_id:
            resume = await info.context.loaders.resume_by_id.load(self.application.resume_id)
        return ResumeType.from_domain(resume or deleted_resume(self.application))

    @strawberry.field(description="The score (0 to 1) of this application's job against the résumé sent with it:"
                      " the stored match's when that match comes from this résumé, else scored on read from the same"
                      " facts; null where the résumé is gone or not parsed, either side is not indexed yet, the job"
                      " no longer takes applications (and no stored match is from this résumé), or the candidate's"
                      " account is gone.")
    async def match_score(self, info: Info) -> float | None:
        # A score read from another résumé would rate the application by a document the team
        # was never sent.
        if self.application.candidate_id is None:
            return None
        return await info.context.loaders.match_score_by_sent_resume.load(SentResume(
            self.application.candidate_id, self.application.job_id, self.application.resume_id))

    @strawberry.field
    async def history(self, info: Info) -> list[ApplicationEventType]:
        events = await info.context.loaders.history_by_application.load(self.application.id)
        return [ApplicationEventType(event=e, status=e.status, at=e.at, note=e.note) for e in events]
