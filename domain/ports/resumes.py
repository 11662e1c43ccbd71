"""Ports for resumes, matches and applications storage."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from domain.applications import Application, ApplicationEvent, ApplicationStatus, PipelineFilter
from domain.matches import Match, MatchRetention
from domain.pagination import Page, PageRequest
from domain.ports.queue import PendingWork
from domain.resumes import ParsedResume, Resume, ResumeStatus


@dataclass(frozen=True)
class AddedResume:
    """What `ResumeRepository.add_or_find` came to: the résumé as stored, whether this upload
    created it, and the name it had before this upload renamed it (None: not renamed)."""

    resume: Resume
    created: bool
    earlier_filename: str | None = None


class ResumeRepository(Protocol):
    async def add_or_find(
        self, resume: Resume, max_per_owner: int, work: Sequence[PendingWork] = ()
    ) -> AddedResume:
        """`add`, telling also the name the owner's résumé of these bytes had before this
        upload renamed it (read in the rename's own write)."""
        ...

    async def add(
        self, resume: Resume, max_per_owner: int, work: Sequence[PendingWork] = ()
    ) -> tuple[Resume, bool]:
        """Stores the resume and queues `work` in the same transaction; returns (stored,
        created). The owner's resume with the same sha256 comes back with created=False (and
        nothing queued), named by this upload's filename: the bytes are stored and read once,
        but the person sees the name they just gave. Unless it was sent to an employer
        (`sent_to_employer`, checked in the rename's own write): then it keeps the name it was
        sent under, as every organization that has it sees it, and comes back so named; a
        rename there would change, unannounced, the file an employer received. Raises
        BadUserInput past max_per_owner."""
        ...

    async def get_many(self, ids: Sequence[str]) -> list[Resume | None]: ...

    async def by_owners(self, owner_ids: Sequence[str], selector: None, page: PageRequest) -> list[Page[Resume]]: ...

    async def set_status(
        self, resume_id: str, status: ResumeStatus, failure_reason: str | None = None,
        parsed: ParsedResume | None = None, work: Sequence[PendingWork] = (),
    ) -> None:
        """Sets the status (and queues `work` in the same transaction)."""
        ...

    async def retry_failed(self, resume_id: str, work: Sequence[PendingWork] = ()) -> bool:
        """A FAILED resume back to UPLOADED with no failure reason, and `work` queued, in one
        transaction; False (nothing changed or queued) unless it was FAILED."""
        ...

    async def delete(self, resume_id: str, work: Sequence[PendingWork] = ()) -> Resume | None:
        """Deletes the resume and queues `work` in the same transaction; None (and nothing
        queued) when there was no such resume."""
        ...

    async def sha_in_use(self, sha256: str) -> bool: ...

    async def set_primary(
        self, resume_id: str, owner_id: str, primary: bool, work: Sequence[PendingWork] = ()
    ) -> Resume | None:
        """Marks the owner's resume primary (unmarking the owner's other one in the same
        atomic write: at most one primary per owner, whatever runs at once) or unmarks it,
        and queues `work` with it; returns the resume as stored, None (nothing queued) when
        the owner has no such resume."""
        ...


class MatchRepository(Protocol):
    async def upsert(self, matches: Sequence[Match], retention: MatchRetention = MatchRetention()) -> list[Match]:
        """Inserts or updates by (candidate, job) the matches at or above the retention's
        floor, deletes the stored matches of the given pairs now below it, and prunes every
        touched candidate and job to its best `keep` (score, then id), all in one atomic
        write. Returns the matches that are new and were kept. Only ids, score, breakdown,
        scoring version and times are stored: skills and explanation are built on read.
        A match whose resume (or candidate) is gone is never stored, checked in the same
        atomic write: a recomputation that read a resume deleted since leaves nothing from it
        (the resume's deletion recomputes the candidate from the resumes left)."""
        ...

    async def get_many(self, ids: Sequence[str]) -> list[Match | None]: ...

    async def of_pairs(self, pairs: Sequence[tuple[str, str]]) -> list[Match | None]:
        """The stored match of each (candidate id, job id), None where there is none; one
        batch whatever the number of pairs."""
        ...

    async def by_candidates(self, candidate_ids: Sequence[str], min_score: float | None, page: PageRequest) -> list[Page[Match]]: ...

    async def by_jobs(self, job_ids: Sequence[str], min_score: float | None, page: PageRequest) -> list[Page[Match]]: ...

    async def delete_for_job(self, job_id: str) -> None: ...

    async def delete_for_resume(self, resume_id: str) -> None: ...

    async def delete_for_candidate(self, candidate_id: str) -> None: ...


class ApplicationRepository(Protocol):
    async def add(
        self, application: Application, event: ApplicationEvent, work: Sequence[PendingWork] = (),
        organization_id: str | None = None,
    ) -> None:
        """Stores the application and queues `work` in the same transaction. Raises Conflict
        naming the existing application when the candidate applied already, and job_closed()
        unless the job is OPEN as of that very write (a close and an application racing: the
        application is either refused or stored before the close, which then notices it).
        `organization_id`: the job's, from a caller that read the job (it never changes), so a
        store that keys the application by it need not read the job again. The résumé sent
        is marked `sent_to_employer` in that same write (a re-upload racing it renames it
        before, or not at all)."""
        ...

    async def get_many(self, ids: Sequence[str]) -> list[Application | None]: ...

    async def claim_closure_event(self, job_id: str, application_id: str) -> bool:
        """True the first time only, for a job and one of its applications: the job's close is
        published to that application's stream once, however often its notices are retried."""
        ...

    async def by_candidates(self, candidate_ids: Sequence[str], status: ApplicationStatus | None, page: PageRequest) -> list[Page[Application]]: ...

    async def by_jobs(self, job_ids: Sequence[str], status: ApplicationStatus | None, page: PageRequest) -> list[Page[Application]]: ...

    async def by_organizations(
        self, organization_ids: Sequence[str], only: PipelineFilter, page: PageRequest
    ) -> list[Page[Application]]:
        """Each organization's applications across its jobs, newest activity first: by the time
        of the last move (the submission until one), then by id, both descending. A page is read
        from its position on (keyset); a move puts an application before every position already
        handed out, so a reader paging meanwhile never sees it twice nor misses one not moved."""
        ...

    async def histories(self, application_ids: Sequence[str]) -> list[list[ApplicationEvent]]: ...

    async def organizations_applied_to(self, candidate_ids: Sequence[str]) -> list[list[str]]: ...

    async def counts_by_status(self, job_ids: Sequence[str]) -> list[dict[str, int]]: ...

    async def snapshot_resume(self, application_id: str, snapshot: str, *, resume_id: str) -> None:
        """Stores `snapshot` (of résumé `resume_id`) only while the application holds no snapshot,
        was sent with that résumé and its candidate is not erased: a submission sent again with
        another résumé meanwhile takes the snapshot of its own."""
        ...

    async def transition(
        self, application: Application, event: ApplicationEvent, expected_version: int,
        work: Sequence[PendingWork] = (), *, job_must_be_open: bool = False, member_of: str | None = None,
        resubmitted: bool = False,
    ) -> Application:
        """Applies the move, and queues `work`, in one transaction if the stored version is
        still expected_version, else Conflict; with `job_must_be_open`, only while its job is
        OPEN in that same transaction, else job_closed() (Conflict). Given `member_of`, only
        while the event's author still belongs to that organization, else Forbidden (reason
        NOT_A_MEMBER). `resubmitted`: sent again after a withdrawal, so the application's
        `resume_id` and `cover_letter` are stored too and its résumé snapshot is dropped (the
        change's processing takes one of the résumé sent again), and that résumé is marked
        `sent_to_employer` in the same write, as add() marks it."""
        ...

    async def mark_processed(self, application_id: str, version: int) -> None:
        """Records that the change to `version` was processed (never lowers the mark)."""
        ...
