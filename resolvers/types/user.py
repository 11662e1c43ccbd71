from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated

import strawberry

from domain.jobs import DEFAULT_CURRENCY
from domain.match_email_digest import chosen_or_default
from domain.money import shown, whole_below
from domain.pagination import kept_on_page
from domain.score_floor import checked_score_floor
from domain.time_zones import time_zone_of
from domain.users import Preferences, User
from resolvers.context import Info
from resolvers.cursors import owned_list, requested_page
from resolvers.ids import to_global_id
from resolvers.permissions import ContactData, IsOwner
from resolvers.types.common import Connection, Node, connection_from_page
from resolvers.types.enums import (
    ApplicationStatus,
    EmploymentType,
    MatchEmailDigest,
    OrganizationRole,
    RemotePolicy,
    Role,
    SalaryPeriod,
)

if TYPE_CHECKING:
    from resolvers.types.account import DeviceType, NotificationChannelsType, PendingEmailChangeType, SessionType
    from resolvers.types.application import ApplicationType
    from resolvers.types.match import MatchType
    from resolvers.types.notification import NotificationType
    from resolvers.types.organization import OrganizationType
    from resolvers.types.resume import ResumeType


@strawberry.type(name="Preferences")
class PreferencesType:
    desired_titles: list[str]
    locations: list[str]
    remote: list[RemotePolicy]
    min_salary: int | None = strawberry.field(
        description="`minSalaryAmount` in whole units, rounded down (12.60 reads 12).")
    min_salary_amount: Decimal | None = strawberry.field(
        description="Your minimum pay exactly, with as many decimals as its currency has (\"12.60\").")
    currency: str | None
    salary_period: SalaryPeriod = strawberry.field(
        description="What `minSalary` pays for: a year unless you said otherwise.")
    employment_types: list[EmploymentType]
    notify_min_score: float = strawberry.field(
        description="Matches at or above this score are pushed to matchFound subscribers and notified. For a"
        " recruiter: how good a job's new candidates must be to be told of them (raised to the job's own"
        " `notifyMinScore` where its hiring team set one)."
    )
    match_email_digest: MatchEmailDigest = strawberry.field(
        description="How the \"New candidates for <title>\" emails reach you: your choice, else DAILY for a recruiter"
        " and IMMEDIATE for anyone else.")
    time_zone: str = strawberry.field(
        description="The IANA time zone your days are counted in (the daily digest's): your choice, else your"
        " phone number's zone where it has only one, else UTC.")

    @classmethod
    def from_domain(cls, preferences: Preferences, employer: bool = False, phone: str | None = None) -> PreferencesType:
        return cls(
            desired_titles=preferences.desired_titles,
            locations=preferences.locations,
            remote=preferences.remote,
            min_salary=whole_below(preferences.min_salary),
            min_salary_amount=shown(preferences.min_salary, preferences.currency or DEFAULT_CURRENCY),
            currency=preferences.currency,
            salary_period=preferences.salary_period,
            employment_types=preferences.employment_types,
            notify_min_score=preferences.notify_min_score,
            match_email_digest=chosen_or_default(preferences.match_email_digest, employer),
            time_zone=time_zone_of(preferences.time_zone, phone),
        )


@strawberry.type(name="User")
class UserType(Node):
    user: strawberry.Private[User]
    id: strawberry.ID
    name: str
    role: Role
    email_verified: bool
    created_at: datetime

    @property
    def user_id(self) -> str:
        return self.user.id

    @classmethod
    def from_domain(cls, user: User) -> UserType:
        return cls(
            user=user,
            id=strawberry.ID(to_global_id("User", user.id)),
            name=user.name,
            role=user.role,
            email_verified=user.email_verified,
            created_at=user.created_at,
        )

    @strawberry.field(
        description="Contact data: the person, admins and organizations they applied to; empty for anyone else.",
        extensions=[ContactData(lambda source: source.user_id, hidden="")],
    )
    def email(self) -> str:
        return self.user.email

    @strawberry.field
    async def organization(
        self, info: Info
    ) -> Annotated[OrganizationType, strawberry.lazy("resolvers.types.organization")] | None:
        from resolvers.types.organization import OrganizationType

        if not self.user.organization_id:
            return None
        organization = await info.context.loaders.organization_by_id.load(self.user.organization_id)
        return OrganizationType.from_domain(organization) if organization else None

    @strawberry.field(
        description="Your role in `organization` (null without one): the person and admins only.",
        permission_classes=[IsOwner],
    )
    def organization_role(self) -> OrganizationRole | None:
        return self.user.role_in_organization

    @strawberry.field(permission_classes=[IsOwner])
    def preferences(self) -> PreferencesType:
        return PreferencesType.from_domain(self.user.preferences, employer=self.user.role is Role.EMPLOYER,
                                           phone=self.user.phone)

    @strawberry.field(
        description="The phone number text messages go to (E.164), once proven; contact data like email.",
        extensions=[ContactData(lambda source: source.user_id)],
    )
    def phone(self) -> str | None:
        return self.user.phone if self.user.phone_verified else None

    @strawberry.field(permission_classes=[IsOwner])
    def phone_verified(self) -> bool:
        return self.user.phone_verified

    @strawberry.field(description="Where each kind of notification goes.", permission_classes=[IsOwner])
    def notification_channels(
        self,
    ) -> Annotated[NotificationChannelsType, strawberry.lazy("resolvers.types.account")]:
        from resolvers.types.account import NotificationChannelsType

        return NotificationChannelsType.from_domain(self.user.preferences.channels)

    @strawberry.field(description="Where this account is signed in.", permission_classes=[IsOwner])
    async def sessions(self, info: Info) -> list[Annotated[SessionType, strawberry.lazy("resolvers.types.account")]]:
        from resolvers.types.account import SessionType, current_session_id

        now = info.context.services.clock.now()
        sessions = await info.context.loaders.sessions_by_user.load(self.user.id)
        current = current_session_id(info)
        return [SessionType.from_domain(s, current) for s in sessions if s.active and s.expires_at > now]

    @strawberry.field(
        description="The address change asked for and not yet confirmed (null when none): its link was mailed to"
        " `newEmail`; cancelEmailChange stops it.", permission_classes=[IsOwner])
    async def pending_email_change(
        self, info: Info,
    ) -> Annotated[PendingEmailChangeType, strawberry.lazy("resolvers.types.account")] | None:
        from resolvers.types.account import PendingEmailChangeType

        pending = await info.context.loaders.pending_email_change_by_user.load(self.user)
        return PendingEmailChangeType.from_domain(pending) if pending is not None else None

    @strawberry.field(description="Devices push notifications go to.", permission_classes=[IsOwner])
    async def devices(self, info: Info) -> list[Annotated[DeviceType, strawberry.lazy("resolvers.types.account")]]:
        from resolvers.types.account import DeviceType

        return [DeviceType.from_domain(d) for d in await info.context.loaders.devices_by_user.load(self.user.id)]

    @strawberry.field(permission_classes=[IsOwner])
    async def resumes(
        self, info: Info, first: int | None = 20, after: str | None = None
    ) -> Connection[Annotated[ResumeType, strawberry.lazy("resolvers.types.resume")]]:
        from resolvers.types.resume import ResumeType

        list_name = owned_list("User.resumes", self.user.id)
        page = await info.context.loaders.resumes_by_owner.load(
            (self.user.id, None, requested_page(info, list_name, first, after))
        )
        return connection_from_page(page, ResumeType.from_domain, list_name, after)

    @strawberry.field(
        description="Newest first; `status` keeps only the applications in that status, as on"
        " Job.applications.",
        permission_classes=[IsOwner],
    )
    async def applications(
        self, info: Info, first: int | None = 20, after: str | None = None, status: ApplicationStatus | None = None
    ) -> Connection[Annotated[ApplicationType, strawberry.lazy("resolvers.types.application")]]:
        from resolvers.types.application import ApplicationType

        list_name = owned_list("User.applications", self.user.id)
        page = await info.context.loaders.applications_by_candidate.load(
            (self.user.id, status, requested_page(info, list_name, first, after))
        )
        return connection_from_page(page, ApplicationType.from_domain, list_name, after)

    @strawberry.field(description="Jobs matched to this candidate, best first.", permission_classes=[IsOwner])
    async def matches(
        self, info: Info, first: int | None = 20, after: str | None = None, min_score: float | None = None
    ) -> Connection[Annotated[MatchType, strawberry.lazy("resolvers.types.match")]]:
        from resolvers.types.match import MatchType

        min_score = checked_score_floor(min_score, "minScore")
        list_name = owned_list("User.matches", self.user.id)
        page = await info.context.loaders.matches_by_candidate.load(
            (self.user.id, min_score, requested_page(info, list_name, first, after))
        )
        # Matches leave with their job's close; one past its closing time that the sweep has not
        # closed yet is left out here (its job is loaded once, for the match's `job` too).
        jobs = await info.context.loaders.job_by_id.load_many([m.job_id for m in page.items])
        now = info.context.services.clock.now()
        past = {job.id for job in jobs if job is not None and job.past_closing(now)}
        if past:
            page = kept_on_page(page, lambda match: match.job_id not in past)
        return connection_from_page(page, MatchType.from_domain, list_name, after)

    @strawberry.field(
        description="The in-app inbox: match and application notifications, newest first; `unreadOnly` keeps"
        " those not yet marked read. Only the most recent 500 (by default) are kept.",
        permission_classes=[IsOwner],
    )
    async def notifications(
        self, info: Info, first: int | None = 20, after: str | None = None, unread_only: bool | None = False
    ) -> Connection[Annotated[NotificationType, strawberry.lazy("resolvers.types.notification")]]:
        from resolvers.types.notification import NotificationType

        list_name = owned_list("User.notifications", self.user.id)
        page = await info.context.loaders.notifications_by_user.load(
            (self.user.id, bool(unread_only), requested_page(info, list_name, first, after))
        )
        return connection_from_page(page, NotificationType.from_domain, list_name, after)

    @strawberry.field(description="How many notifications are not yet marked read.", permission_classes=[IsOwner])
    async def unread_notification_count(self, info: Info) -> int:
        return await info.context.loaders.unread_notifications_by_user.load(self.user.id)


def anonymised_user(application) -> UserType:
    """Stands in for a candidate who erased their account: the employer keeps the
    application, not the person's data."""
    return former_candidate(f"erased-{application.id}", application.created_at)


def former_candidate(user_id: str, created_at: datetime) -> UserType:
    from domain.applications import FORMER_CANDIDATE_NAME
    from domain.users import Role as DomainRole

    placeholder = User(
        id=user_id, email="", name=FORMER_CANDIDATE_NAME, role=DomainRole.CANDIDATE,
        password_hash="", created_at=created_at,
    )
    return UserType.from_domain(placeholder)
