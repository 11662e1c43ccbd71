"""What administrators do: find and suspend people, take postings down, mark organizations
verified, requeue dead work.

Authorization is declared in the GraphQL layer (IsAdmin on every admin field); auditing is
the GraphQL layer's OperationPerformed event, so nothing here writes audit records."""
from __future__ import annotations

from domain.clock import Clock, moment_after
from domain.errors import BadUserInput, Conflict, NotFound
from domain.events import JobClosed, UserReactivated, UserSuspended
from domain.jobs import Job, JobStatus
from domain.pagination import Page, PageRequest
from domain.ports.accounts import OrganizationRepository
from domain.ports.admin import LinkedIdentities, UserAdministration
from domain.ports.events import EventBus
from domain.ports.jobs import JobRepository
from domain.ports.match_announcements import DeadAnnouncement, KeepsMatchAnnouncements
from domain.ports.queue import DeadLetter, WorkQueue
from domain.services.job_closure_notices import closure_notice_work
from domain.services.job_takedown_notices import takedown_notice_work
from domain.services.matching_triggers import MatchingWork
from domain.users import Organization, Role, User
from domain.validation import optional_line, optional_text, required_text

MAX_DEAD_LETTERS = 500
MAX_REQUEUED_ANNOUNCEMENTS = 500
# Writes tried over a job that others keep changing, before the takedown is refused.
_WRITE_ATTEMPTS = 5


class AdminService:
    def __init__(
        self, users: UserAdministration, jobs: JobRepository, queue: WorkQueue, events: EventBus, clock: Clock,
        matching: MatchingWork | None = None, announcements: KeepsMatchAnnouncements | None = None,
        organizations: OrganizationRepository | None = None, identities: LinkedIdentities | None = None,
    ) -> None:
        self._identities = identities
        self._organizations = organizations
        self._matching = matching
        self._announcements = announcements
        self._users = users
        self._jobs = jobs
        self._queue = queue
        self._events = events
        self._clock = clock

    async def search_users(
        self, text: str | None, role: Role | None, suspended: bool | None, page: PageRequest
    ) -> Page[User]:
        return await self._users.search(optional_line(text, "query", 200), role, suspended, page)

    async def suspend(self, admin: User, user_id: str, reason: str | None = None) -> User:
        if user_id == admin.id:
            raise BadUserInput("You cannot suspend your own account; ask another administrator.", argument="id")
        why = optional_text(reason, "reason", 500) or "suspended by an administrator"
        user = await self._users.suspend(user_id, self._clock.now(), why)
        if user is None:
            raise NotFound("No user has that id.", argument="id")
        await self._events.publish(UserSuspended(user_id=user.id, by_user_id=admin.id))
        return user

    async def reactivate(self, admin: User, user_id: str) -> User:
        user = await self._users.reactivate(user_id)
        if user is None:
            raise NotFound("No user has that id.", argument="id")
        await self._events.publish(UserReactivated(user_id=user.id, by_user_id=admin.id))
        return user

    async def take_down_job(self, job_id: str, reason: str) -> Job:
        why = required_text(reason, "reason", 1000)
        # Written only over the state it was read from: a recruiter's edit landing in between
        # is read again and kept (the job goes down with it), never overwritten.
        for _ in range(_WRITE_ATTEMPTS):
            (job,) = await self._jobs.get_many([job_id])
            if job is None:
                raise NotFound("No job has that id.", argument="id")
            if job.takedown_reason is not None:
                return job  # already down: taking it down again changes nothing
            moment = moment_after(self._clock, job.updated_at)
            # A job its team closed before keeps that close's time.
            down = job.model_copy(update={"status": JobStatus.CLOSED, "takedown_reason": why, "updated_at": moment,
                                          "closed_at": job.closed_at or moment})
            work = [*(self._matching.job_changed(down) if self._matching else []), takedown_notice_work(down)]
            if job.status is not JobStatus.CLOSED:  # closed before: its candidates were told then
                work = [*work, closure_notice_work(down)]
            if await self._jobs.update(down, work=work, expected_updated_at=job.updated_at):
                await self._events.publish(
                    JobClosed(job_id=job.id, organization_id=job.organization_id, takedown_reason=why)
                )
                return down
        raise Conflict("The job's organization keeps changing it; take it down again in a moment.", field="id",
                       jobId=job_id)

    async def unlink_identity(self, user_id: str) -> tuple[User, str | None]:
        """Ends the account's link to an identity provider's user (support moving an account to
        another Cognito user); the account, and the link ended (None when there was none). The
        next sign-in by the account's verified address links again, whoever's user that is, if it
        was made after this unlink (tokens issued before still carry the address)."""
        if self._identities is None:
            raise NotFound("No user has that id.", argument="id")
        (user,) = await self._identities.get_many([user_id])
        if user is None:
            raise NotFound("No user has that id.", argument="id")
        linked = await self._identities.external_identity_of(user_id)
        # Called with no link too: it records the moment all the same, so a sign-in made before
        # it (linking meanwhile, or later) links nothing. Two administrators at once: one ends
        # the link, the other finds none (not an error).
        ended = await self._identities.unlink_external_identity(user_id, self._clock.now())
        return user, linked if ended else None

    async def verify_organization(self, organization_id: str, verified: bool) -> Organization:
        """Marks the organization checked (or no longer checked) by an administrator."""
        found = None
        if self._organizations is not None:
            found = await self._organizations.set_verified(organization_id, verified)
        if found is None:
            raise NotFound("No organization has that id.", argument="id")
        return found

    async def dead_letters(self, limit: int) -> list[DeadLetter]:
        if not 0 < limit <= MAX_DEAD_LETTERS:
            raise BadUserInput(f"`first` must be between 1 and {MAX_DEAD_LETTERS}.", argument="first")
        return await self._queue.dead_letters(limit)

    async def requeue(self, item_id: str) -> None:
        if not await self._queue.requeue(item_id):
            raise NotFound("No dead letter has that id; list them with `adminDeadLetters`.", argument="id")

    async def requeue_dead_announcements(self, record_ids: list[str] | None) -> list[str]:
        """Dead match announcements (all, or those named) back to the relay; the ids put back.
        An id that is not dead (never was, or requeued already) is left out, not refused: two
        administrators requeueing at once both succeed."""
        if record_ids is not None and not 0 < len(record_ids) <= MAX_REQUEUED_ANNOUNCEMENTS:
            raise BadUserInput(f"`ids` must name between 1 and {MAX_REQUEUED_ANNOUNCEMENTS} announcements;"
                               " leave it out to requeue every dead one.", argument="ids")
        if self._announcements is None:
            return []  # a match store without an outbox keeps no dead announcements
        return await self._announcements.requeue_dead_announcements(record_ids)

    async def dead_announcements(self, first: int, after: str | None) -> tuple[list[DeadAnnouncement], bool]:
        """A page of dead match announcements in record-id order, and whether more follow."""
        if not 0 < first <= MAX_DEAD_LETTERS:
            raise BadUserInput(f"`first` must be between 1 and {MAX_DEAD_LETTERS}.", argument="first")
        if self._announcements is None:
            return [], False
        # One more than asked tells whether another page follows, without a count.
        found = await self._announcements.list_dead_announcements(first + 1, after)
        return found[:first], len(found) > first
