"""Deleting an account for good. The person's resumes (files, parsed data, vectors),
matches, preferences, self-identification, sessions, devices, messages and inbox go; the
applications they sent stay with the employer, anonymised.

A recruiter is first taken out of their organization, in the write that checks that another
member (and, for an owner, another owner) stays (domain/ports/organization_members.py). The
organization's last member is taken out all the same: that write closes the organization
(no member, its name free for another, its open invitations revoked, joining refused), and
its open jobs are then closed through the jobs' close (domain/services/organization_closing.py,
queued in that write too). Two last members deleting their accounts at once are ordered by
that write: one goes beside the other, the other closes the organization, once. An owner
with recruiters but no other owner is still refused (LAST_OWNER): the organization would stay
with members nobody could manage. Administrators suspend rather than erase (docs/admin.md):
should an administrator's erasure come, it goes through this service."""
from __future__ import annotations

from typing import Protocol

from domain.clock import Clock, SystemClock, new_id
from domain.errors import BadUserInput, Conflict
from domain.events import ResumeDeleted, SessionEnded
from domain.ports.accounts import AccountStore, PasswordHasher
from domain.ports.blobs import BlobStore
from domain.ports.demographics import DemographicsStore
from domain.ports.direct_uploads import UploadStaging
from domain.ports.events import EventBus
from domain.ports.inbox import Inbox
from domain.ports.organization_members import MemberRemoval, OrganizationMembers
from domain.ports.queue import PendingWork
from domain.ports.resumes import ResumeRepository
from domain.services.blob_forgetting import forget_blob, forget_blob_work
from domain.services.organization_closing import OrganizationClosing, closing_work
from domain.services.organization_inbox import forget_work
from domain.users import User

REASON_ERASED = "account deleted"


class ResumeVectors(Protocol):
    async def remove_resume(self, resume_id: str) -> None: ...


class AccountErasure:
    def __init__(
        self,
        store: AccountStore,
        resumes: ResumeRepository,
        blobs: BlobStore,
        hasher: PasswordHasher,
        events: EventBus,
        vectors: ResumeVectors | None = None,
        demographics: DemographicsStore | None = None,
        inbox: Inbox | None = None,
        members: OrganizationMembers | None = None,
        staging: UploadStaging | None = None,
        clock: Clock | None = None,
        closing: OrganizationClosing | None = None,
    ) -> None:
        self._store = store
        self._resumes = resumes
        self._blobs = blobs
        self._hasher = hasher
        self._events = events
        self._vectors = vectors
        self._demographics = demographics
        self._inbox = inbox
        self._members = members
        self._staging = staging
        self._clock = clock or SystemClock()
        self._closing = closing

    async def delete_account(self, user: User, password: str) -> None:
        if not self._hasher.verify(user.password_hash, password):
            raise BadUserInput("The password is not right; deleting an account needs it.", field="password")
        await self._leave_organization(user)
        if self._demographics is not None:
            # First: while the account exists a failed erasure can be run again, and the
            # answers are the most sensitive thing a person gave us.
            await self._demographics.remove(user.id)
        if self._inbox is not None:
            await self._inbox.remove_all(user.id)
        # The files' removal is stored with the rows' (the queue's workers finish it after a
        # crash part way) and run at once below as well: both runs are the same idempotent steps,
        # under one trash holder made for each file (the work must not name the resume).
        holders: dict[str, str] = {}

        def forget_later(resume_id: str, sha256: str) -> PendingWork:
            return forget_blob_work(sha256, holders.setdefault(resume_id, new_id()))

        erased = await self._store.erase(user.id, forget_later)
        if self._demographics is not None:
            # Again: answers written between the first removal and the account's end (a
            # write checks that the account exists, so none can come after).
            await self._demographics.remove(user.id)
        if self._inbox is not None:
            # Again, for the same reason: an inbox write checks that its person exists.
            await self._inbox.remove_all(user.id)
        if self._staging is not None:
            # Files posted for direct upload and never confirmed: whole résumés, kept otherwise
            # until the bucket's lifecycle rule (a day). One posted with a form still unexpired
            # after this lands all the same and is left to that rule.
            await self._staging.discard_owner(user.id)
        await self._events.publish(SessionEnded(user_id=user.id, reason="account deleted"))
        for resume_id, blob_key in erased:
            await self.erase_resume_files(resume_id, blob_key, user.id, holders.get(resume_id, resume_id))

    async def erase_resume_files(self, resume_id: str, blob_key: str, owner_id: str, holder: str) -> None:
        """What lives outside the store: the vector index entry and the file, unless another
        resume holds the same bytes (blobs are content-addressed)."""
        if self._vectors is not None:
            await self._vectors.remove_resume(resume_id)
        await forget_blob(self._blobs, self._resumes, blob_key, holder)
        await self._events.publish(ResumeDeleted(resume_id=resume_id, owner_id=owner_id))

    async def _leave_organization(self, user: User) -> None:
        """Out of their organization before anything is erased, or refused with nothing changed.
        The write decides (another member stays, else the organization closes with this removal;
        another owner, for an owner among recruiters). An erasure that stops after this is run
        again by the person, who then belongs to no organization; what the closing leaves to do
        is queued in that write."""
        organization_id = user.organization_id
        if self._members is None or organization_id is None:
            return
        outcome = await self._members.remove(
            organization_id, user.id, self._clock.now(), REASON_ERASED, [forget_work(user.id, organization_id)],
            close_if_last=self._closing is not None, work_if_closed=[closing_work(organization_id)])
        if outcome is MemberRemoval.CLOSED and self._closing is not None:
            await self._closing.finish(organization_id)
        if outcome is MemberRemoval.LAST_MEMBER:
            raise BadUserInput(
                "You are your organization's only member, and an organization keeps at least one to manage its"
                " jobs and the applications sent to them. Invite a colleague (inviteRecruiter), make them an owner"
                " once they join (setOrganizationMemberRole with role OWNER), then delete your account.",
                reason="LAST_MEMBER",
            )
        if outcome is MemberRemoval.LAST_OWNER:
            raise Conflict(
                "You are the last owner of your organization. Make another member an owner first"
                " (setOrganizationMemberRole with role OWNER), then delete your account.",
                reason="LAST_OWNER",
            )
