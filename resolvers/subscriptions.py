"""Live updates from the domain event bus, filtered to what the subscriber may see."""
from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Callable
from typing import TypeVar

import strawberry

from domain.applications import ApplicationStatus
from domain.errors import AccountSuspended, Conflict, Unauthenticated
from domain.events import (
    ApplicationUpdated,
    DomainEvent,
    LiveUpdatesMissed,
    MatchFound,
    NotificationReceived,
    ResumeProcessed,
    UserSuspended,
)
from domain.notify_floor import effective_floor
from domain.score_floor import checked_score_floor
from domain.users import Role, User
from resolvers.context import Info
from resolvers.loaders import Loaders
from resolvers.permissions import IsAuthenticated, signed_in
from resolvers.seen_ids import SeenIds
from resolvers.types.application import ApplicationChangeType, ApplicationType
from resolvers.types.match import MatchType
from resolvers.types.notification import NotificationType
from resolvers.types.resume import ResumeType

_BACKLOG = 256
E = TypeVar("E", bound=DomainEvent)


async def live_events(
    info: Info, event_type: type[E], wanted: Callable[[E], bool]
) -> AsyncGenerator[E, None]:
    """The events the stream shows, in order. It ends with an error when the subscriber's
    account is suspended, and when this process may have missed other processes' events (the
    client then fetches the current state and subscribes again). Past `_BACKLOG` events waiting
    for a client that reads more slowly than they come, newer ones are dropped: an employer's
    stream sees a burst of a hundred matches a posted job, and ending it for that would end it
    in ordinary use."""
    queue: asyncio.Queue[E | None] = asyncio.Queue(maxsize=_BACKLOG)
    viewer: User | None = info.context.viewer
    await _still_allowed(info, viewer)
    ended: Exception | None = None

    def end(error: Exception) -> None:
        nonlocal ended
        if ended is None:
            ended = error
        if queue.full():
            queue.get_nowait()
        queue.put_nowait(None)  # wakes the stream, which then ends

    async def deliver(event: DomainEvent) -> None:
        # Events of a name are of its class (rebuilt by name where they crossed the wire).
        if isinstance(event, event_type) and wanted(event) and ended is None and not queue.full():
            queue.put_nowait(event)

    async def end_when_suspended(event: DomainEvent) -> None:
        if viewer is not None and isinstance(event, UserSuspended) and event.user_id == viewer.id:
            end(AccountSuspended())

    async def end_when_missed(event: DomainEvent) -> None:
        end(Conflict("Some live updates may have been missed (the server was interrupted); fetch the "
                     "current state and subscribe again."))

    unsubscribe = info.context.services.events.subscribe(event_type.name, deliver)
    stop_watching = info.context.services.events.subscribe(UserSuspended.name, end_when_suspended)
    stop_missing = info.context.services.events.subscribe(LiveUpdatesMissed.name, end_when_missed)
    try:
        while True:
            event = await queue.get()
            if ended is not None:
                raise ended
            assert event is not None
            # Each message resolves with fresh loaders: the connection outlives any cache.
            info.context.loaders = Loaders.create(info.context.services)
            yield event
    finally:
        unsubscribe()
        stop_watching()
        stop_missing()


async def _still_allowed(info: Info, viewer: User | None) -> None:
    """A websocket's caller was checked at connection_init; an account suspended (or signed
    out everywhere) since then starts no new stream on that connection."""
    if viewer is None:
        return
    current = await Loaders.create(info.context.services).user_by_id.load(viewer.id)  # never a cached copy
    if current is not None and current.suspended:
        raise AccountSuspended()
    if current is None or current.token_version != viewer.token_version:
        raise Unauthenticated("This account was signed out (or deleted) since this connection began; sign in again.")


def _as_changed(application: ApplicationType, event: ApplicationUpdated) -> ApplicationType:
    """The application as the announced move left it, with the move itself: each of several
    quick moves is seen as its own, not as the state the last one reached."""
    if event.version is None:  # published by an older replica: the current state is all there is
        return application
    status = ApplicationStatus(event.status)
    application.status = status
    application.version = event.version
    application.updated_at = event.changed_at or application.updated_at
    application.change = ApplicationChangeType(
        from_status=ApplicationStatus(event.from_status) if event.from_status else None, to_status=status,
        version=event.version, at=event.changed_at or event.occurred_at, note=event.note, actor_id=event.actor_id,
        job_closed=event.job_closed,
    )
    return application


def _member(viewer: User, organization_id: str) -> bool:
    if viewer.role is Role.ADMIN:
        return True
    return viewer.organization_id is not None and viewer.organization_id == organization_id


async def _floor_now(info: Info, viewer: User, event: MatchFound, asked: float | None) -> float:
    """The floor the inbox and emails apply (domain/notify_floor.py), read as each event comes
    (the loaders are fresh per event): a floor changed since the stream began holds from its
    next event, without reconnecting. Administrators see what they ask for: no floor is theirs."""
    if viewer.role is Role.ADMIN:
        return asked or 0.0
    current = await info.context.loaders.user_by_id.load(viewer.id)
    own = (current or viewer).preferences.notify_min_score
    if viewer.role is Role.CANDIDATE:
        return effective_floor(own, None, asked)
    job = await info.context.loaders.job_by_id.load(event.job_id)
    return effective_floor(own, job.notify_min_score if job is not None else None, asked)


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description=(
            "Candidates: new jobs matched to them. "
            "Employers: new candidates matched to their organization's jobs. Each at or above the floor the"
            " inbox and emails apply, read as each match comes: your `notifyMinScore` (or `minScore` when given),"
            " raised to the job's own `notifyMinScore` where its hiring team set one."
        ),
        permission_classes=[IsAuthenticated],
    )
    async def match_found(self, info: Info, min_score: float | None = None) -> AsyncGenerator[MatchType, None]:
        viewer = signed_in(info)
        asked = checked_score_floor(min_score, "minScore")

        def wanted(event: MatchFound) -> bool:
            # Below what was asked for it never goes (every floor is at least that): left out
            # before the stream's bounded backlog, so a burst of weak matches takes no room.
            if event.score < (asked or 0.0):
                return False
            if viewer.role is Role.CANDIDATE:
                return event.candidate_id == viewer.id
            return _member(viewer, event.organization_id)

        seen = SeenIds()
        async for event in live_events(info, MatchFound, wanted):
            if not seen.first_time(event.match_id):  # announced again by a relay
                continue
            if event.score < await _floor_now(info, viewer, event, asked):
                continue
            match = await info.context.loaders.match_by_id.load(event.match_id)
            if match is not None:
                yield MatchType.from_domain(match)

    @strawberry.subscription(
        description="Applications the subscriber may see, as their status changes.",
        permission_classes=[IsAuthenticated],
    )
    async def application_updated(self, info: Info) -> AsyncGenerator[ApplicationType, None]:
        viewer = signed_in(info)

        def wanted(event: ApplicationUpdated) -> bool:
            return event.candidate_id == viewer.id or _member(viewer, event.organization_id)

        async for event in live_events(info, ApplicationUpdated, wanted):
            application = await info.context.loaders.application_by_id.load(event.application_id)
            if application is not None:
                yield _as_changed(ApplicationType.from_domain(application), event)

    @strawberry.subscription(
        description="The subscriber's resumes as they reach PARSED or FAILED.", permission_classes=[IsAuthenticated]
    )
    async def resume_processed(self, info: Info) -> AsyncGenerator[ResumeType, None]:
        viewer = signed_in(info)
        async for event in live_events(info, ResumeProcessed, lambda e: e.owner_id == viewer.id):
            resume = await info.context.loaders.resume_by_id.load(event.resume_id)
            if resume is not None:
                yield ResumeType.from_domain(resume)

    @strawberry.subscription(
        description="The subscriber's own notifications as they reach the inbox.", permission_classes=[IsAuthenticated]
    )
    async def notification_received(self, info: Info) -> AsyncGenerator[NotificationType, None]:
        viewer = signed_in(info)
        inbox = info.context.services.inbox
        async for event in live_events(info, NotificationReceived, lambda e: e.user_id == viewer.id):
            (note,) = await inbox.get_many(viewer.id, [event.notification_id])
            if note is not None:
                yield NotificationType.from_domain(note)
