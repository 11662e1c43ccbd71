"""What administrators see: accounts with their suspension state, dead letters, takedowns."""
from __future__ import annotations

from datetime import UTC, datetime

import strawberry
from strawberry.scalars import JSON

from domain.jobs import Job
from domain.ports.match_announcements import DeadAnnouncement
from domain.ports.queue import DeadLetter
from domain.users import User
from resolvers.ids import to_global_id
from resolvers.types.enums import Role
from resolvers.types.job import JobType
from resolvers.types.user import UserType


@strawberry.type(name="AdminUser", description="An account as administrators see it.")
class AdminUserType:
    record: strawberry.Private[User]
    id: strawberry.ID = strawberry.field(description="The User's ID.")
    email: str
    name: str
    role: Role
    suspended: bool
    email_verified: bool
    created_at: datetime

    @classmethod
    def from_domain(cls, user: User) -> AdminUserType:
        return cls(
            record=user, id=strawberry.ID(to_global_id("User", user.id)), email=user.email, name=user.name,
            role=user.role, suspended=user.suspended, email_verified=user.email_verified,
            created_at=user.created_at,
        )

    @strawberry.field(description="The same person as the public User node.")
    def user(self) -> UserType:
        return UserType.from_domain(self.record)


@strawberry.type(name="DeadLetter", description="A piece of background work that failed every attempt.")
class DeadLetterType:
    id: strawberry.ID
    kind: str
    payload: JSON
    attempts: int
    last_error: str | None
    failed_at: datetime

    @classmethod
    def from_domain(cls, letter: DeadLetter) -> DeadLetterType:
        return cls(
            id=strawberry.ID(letter.id), kind=letter.kind, payload=JSON(letter.payload), attempts=letter.attempts,
            last_error=letter.last_error, failed_at=datetime.fromtimestamp(letter.failed_at, UTC),
        )


@strawberry.type(name="JobTakedown", description="A posting an administrator took down: it is closed.")
class JobTakedownType:
    job: JobType
    reason: str
    taken_down_at: datetime

    @classmethod
    def from_domain(cls, job: Job) -> JobTakedownType:
        return cls(job=JobType.from_domain(job), reason=job.takedown_reason or "", taken_down_at=job.updated_at)


@strawberry.type(
    name="DeadMatchAnnouncement",
    description="Match announcements that failed every attempt: requeue them by `id` with"
    " adminRequeueDeadMatchAnnouncements once the cause is fixed.",
)
class DeadMatchAnnouncementType:
    id: strawberry.ID
    match_ids: list[strawberry.ID] = strawberry.field(description="The matches this record announces (global IDs).")
    attempts: int
    dead_at: datetime

    @classmethod
    def from_domain(cls, dead: DeadAnnouncement) -> DeadMatchAnnouncementType:
        return cls(
            id=strawberry.ID(dead.record_id), attempts=dead.attempts, dead_at=dead.dead_at,
            match_ids=[strawberry.ID(to_global_id("Match", m)) for m in dead.match_ids],
        )


@strawberry.type(name="DeadMatchAnnouncementPage")
class DeadMatchAnnouncementPageType:
    items: list[DeadMatchAnnouncementType]
    end_cursor: str | None = strawberry.field(description="Pass as `after` for the next page.")
    has_next_page: bool


@strawberry.type(
    name="IdentityUnlink",
    description="An account's link to an identity provider's user (Cognito), ended by an administrator.",
)
class IdentityUnlinkType:
    user: AdminUserType
    unlinked_identity: str | None = strawberry.field(
        description="The provider's user the account was linked to (its pool's issuer and `sub`); null when the"
        " account was linked to none. The next sign-in by the account's verified address links again."
    )
