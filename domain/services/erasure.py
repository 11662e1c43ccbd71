"""Deleting an account for good. The person's resumes (files, parsed data, vectors),
matches, preferences, self-identification, sessions, devices, messages and inbox go; the
applications they sent stay with the employer, anonymised."""
from __future__ import annotations

from typing import Protocol

from domain.clock import new_id
from domain.errors import BadUserInput, Conflict, Forbidden
from domain.events import ResumeDeleted, SessionEnded
from domain.ports.accounts import AccountStore, PasswordHasher, UserRepository
from domain.ports.blobs import BlobStore
from domain.ports.demographics import DemographicsStore
from domain.ports.direct_uploads import UploadStaging
from domain.ports.events import EventBus
from domain.ports.inbox import Inbox
from domain.ports.queue import PendingWork
from domain.ports.resumes import ResumeRepository
from domain.services.blob_forgetting import forget_blob, forget_blob_work
from domain.users import Role, User


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
        users: UserRepository | None = None,
        staging: UploadStaging | None = None,
    ) -> None:
        self._store = store
        self._resumes = resumes
        self._blobs = blobs
        self._hasher = hasher
        self._events = events
        self._vectors = vectors
        self._demographics = demographics
        self._inbox = inbox
        self._users = users
        self._staging = staging

    async def delete_account(self, user: User, password: str) -> None:
        if not self._hasher.verify(user.password_hash, password):
            raise BadUserInput("The password is not right; deleting an account needs it.", field="password")
        if user.role is Role.EMPLOYER:
            stranded = await self._store.organizations_needing(user.id)
            if stranded:
                raise Forbidden(
                    f"You are the last member of {', '.join(stranded)}, which still has open jobs; close"
                    " those jobs (closeJob) before deleting your account, so candidates are not left"
                    " applying to a job nobody reads.",
                    reason="LAST_MEMBER_WITH_OPEN_JOBS",
                )
        await self._keeps_an_owner(user)
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

    async def _keeps_an_owner(self, user: User) -> None:
        """The last owner of an organization with other members hands it over first: an
        organization with members and no owner could only be managed by an administrator."""
        organization_id = user.organization_id
        if self._users is None or organization_id is None or not user.owns(organization_id):
            return
        (members,) = await self._users.members_of([organization_id])
        others = [m for m in members if m.id != user.id]
        if others and not any(m.owns(organization_id) for m in others):
            raise Conflict(
                "You are the last owner of your organization. Make another member an owner first"
                " (setOrganizationMemberRole with role OWNER), then delete your account.",
                reason="LAST_OWNER",
            )
