"""Applications and their history in SQLite. One application per (job, candidate) is a
uniqueness constraint; status moves are compare-and-set on the version."""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence

import aiosqlite

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.paging import SortKey, page_of_rows, pages_by_parent
from adapters.embedded.sqlite.rows import in_key_order, placeholders, to_moment, to_text
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from domain.applications import AFTER_ERASURE, Application, ApplicationEvent, ApplicationStatus, PipelineFilter
from domain.errors import (
    already_applied,
    candidate_erased,
    changed_meanwhile,
    job_closed,
    no_longer_a_member,
    no_such_resume,
)
from domain.jobs import JobStatus
from domain.pagination import Page, PageRequest
from domain.ports.queue import PendingWork

_NEWEST_FIRST = SortKey((("created_at", True), ("id", True)), (str, str))
# An organization's pipeline: last moved (or submitted) first; the applications_by_organization
# indexes (migration 47) hold this order.
_LATEST_ACTIVITY_FIRST = SortKey((("updated_at", True), ("id", True)), (str, str))


def _application(row: sqlite3.Row) -> Application:
    return Application(
        id=row["id"], job_id=row["job_id"], candidate_id=row["candidate_id"], resume_id=row["resume_id"],
        cover_letter=row["cover_letter"], status=ApplicationStatus(row["status"]), version=row["version"],
        created_at=to_moment(row["created_at"]), updated_at=to_moment(row["updated_at"]),
        candidate_anonymised=bool(row["candidate_anonymised"]), processed_version=row["processed_version"],
    )


def _event(row: sqlite3.Row) -> ApplicationEvent:
    return ApplicationEvent(
        status=ApplicationStatus(row["status"]), at=to_moment(row["at"]), by_user_id=row["by_user_id"],
        note=row["note"], resume_id=row["resume_id"], cover_letter=row["cover_letter"],
    )


class SqliteApplicationRepository:
    def __init__(self, db: Database, queue: SqliteWorkQueue | None = None) -> None:
        self._db = db
        self._queue = queue or SqliteWorkQueue(db)

    async def add(self, application: Application, event: ApplicationEvent, work: Sequence[PendingWork] = (),
                  organization_id: str | None = None) -> None:
        # The job is read in the transaction regardless (its status), and its organization with it.
        try:
            async with self._db.transaction() as conn:
                # Inside BEGIN IMMEDIATE: no close commits between this read and the insert.
                job = await (await conn.execute(
                    "SELECT status, organization_id FROM jobs WHERE id = ?", (application.job_id,))).fetchone()
                if job is None or job[0] != JobStatus.OPEN.value:
                    raise job_closed()
                await self._resume_still_theirs(conn, application)
                await conn.execute(
                    "INSERT INTO applications(id, job_id, candidate_id, resume_id, cover_letter, status, version,"
                    " created_at, updated_at, organization_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (application.id, application.job_id, application.candidate_id, application.resume_id,
                     application.cover_letter, application.status.value, application.version,
                     to_text(application.created_at), to_text(application.updated_at), job[1]),
                )
                await self._append(conn, application.id, event)
                for item in work:
                    await self._queue.enqueue_in(conn, item)
        except sqlite3.IntegrityError as error:
            if "applications.job_id, applications.candidate_id" not in str(error):
                raise
            row = await self._db.fetch_one(
                "SELECT id FROM applications WHERE job_id = ? AND candidate_id = ?",
                (application.job_id, application.candidate_id),
            )
            raise already_applied(row["id"] if row else None) from None

    @staticmethod
    async def _resume_still_theirs(conn: aiosqlite.Connection, application: Application) -> None:
        """Checked on reading too; deleted since, the foreign key would refuse the write. Marked
        sent in the same write: from now on an employer has it under its present name."""
        if application.resume_id is not None and (await conn.execute(
                "UPDATE resumes SET sent_to_employer = 1 WHERE id = ? AND owner_id = ?",
                (application.resume_id, application.candidate_id))).rowcount != 1:
            raise no_such_resume()

    async def claim_closure_event(self, job_id: str, application_id: str) -> bool:
        return await self._db.execute(
            "INSERT OR IGNORE INTO job_closure_events(job_id, application_id) VALUES (?, ?)", (job_id, application_id)
        ) == 1

    @staticmethod
    async def _append(conn, application_id: str, event: ApplicationEvent) -> None:
        await conn.execute(
            "INSERT INTO application_events(application_id, status, at, by_user_id, note, resume_id, cover_letter)"
            " VALUES (?,?,?,?,?,?,?)",
            (application_id, event.status.value, to_text(event.at), event.by_user_id, event.note, event.resume_id,
             event.cover_letter),
        )

    async def get_many(self, ids: Sequence[str]) -> list[Application | None]:
        if not ids:
            return []
        unique = list(set(ids))
        rows = await self._db.fetch_all(
            f"SELECT * FROM applications WHERE id IN ({placeholders(len(unique))})", unique
        )
        return in_key_order(ids, {row["id"]: _application(row) for row in rows})

    async def by_candidates(
        self, candidate_ids: Sequence[str], status: ApplicationStatus | None, page: PageRequest
    ) -> list[Page[Application]]:
        return await self._pages("candidate_id", candidate_ids, status, page)

    async def by_jobs(
        self, job_ids: Sequence[str], status: ApplicationStatus | None, page: PageRequest
    ) -> list[Page[Application]]:
        return await self._pages("job_id", job_ids, status, page)

    async def by_organizations(
        self, organization_ids: Sequence[str], only: PipelineFilter, page: PageRequest
    ) -> list[Page[Application]]:
        pages = {}
        for organization_id in dict.fromkeys(organization_ids):
            where, params = "organization_id = ?", [organization_id]
            if only.status is not None:
                where, params = where + " AND status = ?", [*params, only.status.value]
            if only.job_id is not None:
                where, params = where + " AND job_id = ?", [*params, only.job_id]
            pages[organization_id] = await page_of_rows(
                self._db, select="SELECT * FROM applications", where=where, params=params,
                key=_LATEST_ACTIVITY_FIRST, page=page, convert=_application,
            )
        return [pages[o] for o in organization_ids]

    async def _pages(self, column, ids, status, page):
        where, params = ("t.status = ?", [status.value]) if status else ("", [])
        return await pages_by_parent(
            self._db, table="applications", parent_column=column, parent_ids=ids,
            key=_NEWEST_FIRST, page=page, convert=_application, where=where, params=params,
        )

    async def histories(self, application_ids: Sequence[str]) -> list[list[ApplicationEvent]]:
        if not application_ids:
            return []
        unique = list(set(application_ids))
        rows = await self._db.fetch_all(
            f"SELECT * FROM application_events WHERE application_id IN ({placeholders(len(unique))}) ORDER BY id",
            unique,
        )
        grouped: dict[str, list[ApplicationEvent]] = defaultdict(list)
        for row in rows:
            grouped[row["application_id"]].append(_event(row))
        return [grouped.get(i, []) for i in application_ids]

    async def organizations_applied_to(self, candidate_ids: Sequence[str]) -> list[list[str]]:
        if not candidate_ids:
            return []
        unique = list(set(candidate_ids))
        rows = await self._db.fetch_all(
            "SELECT DISTINCT a.candidate_id, j.organization_id FROM applications a JOIN jobs j ON j.id = a.job_id"
            f" WHERE a.candidate_id IN ({placeholders(len(unique))})",
            unique,
        )
        grouped: dict[str, list[str]] = defaultdict(list)
        for row in rows:
            grouped[row[0]].append(row[1])
        return [grouped.get(i, []) for i in candidate_ids]

    async def counts_by_status(self, job_ids: Sequence[str]) -> list[dict[str, int]]:
        if not job_ids:
            return []
        unique = list(set(job_ids))
        rows = await self._db.fetch_all(
            f"SELECT job_id, status, count(*) FROM applications WHERE job_id IN ({placeholders(len(unique))})"
            " GROUP BY job_id, status",
            unique,
        )
        counts: dict[str, dict[str, int]] = defaultdict(dict)
        for job_id, status, count in rows:
            counts[job_id][status] = count
        return [counts.get(i, {}) for i in job_ids]

    async def transition(
        self, application: Application, event: ApplicationEvent, expected_version: int,
        work: Sequence[PendingWork] = (), *, job_must_be_open: bool = False, member_of: str | None = None,
        resubmitted: bool = False,
    ) -> Application:
        sent_again = ""
        sent: tuple[str | None, ...] = ()
        if resubmitted:
            sent_again = ", resume_id = ?, cover_letter = ?, resume_snapshot = NULL"
            sent = (application.resume_id, application.cover_letter)
        async with self._db.transaction() as conn:
            if job_must_be_open:
                # Inside BEGIN IMMEDIATE, as in add(): no close commits between this read and the update.
                job = await (await conn.execute("SELECT status FROM jobs WHERE id = ?", (application.job_id,))).fetchone()
                if job is None or job[0] != JobStatus.OPEN.value:
                    raise job_closed()
            if member_of is not None and await (await conn.execute(
                    "SELECT 1 FROM users WHERE id = ? AND organization_id = ?",
                    (event.by_user_id, member_of))).fetchone() is None:
                raise no_longer_a_member()
            if resubmitted:
                await self._resume_still_theirs(conn, application)
            cursor = await conn.execute(
                f"UPDATE applications SET status = ?, version = version + 1, updated_at = ?{sent_again}"
                " WHERE id = ? AND version = ? AND (candidate_anonymised = 0 OR ?)",
                (application.status.value, to_text(application.updated_at), *sent, application.id, expected_version,
                 application.status in AFTER_ERASURE),
            )
            if cursor.rowcount != 1:
                # Read in the same transaction: the version that beat this one, not a later one.
                row = await (await conn.execute(
                    "SELECT version, status, candidate_anonymised FROM applications WHERE id = ?",
                    (application.id,))).fetchone()
                if row is not None and row[0] == expected_version and row[2]:
                    raise candidate_erased(application.id)
                raise changed_meanwhile(application.id, row[0] if row else None, row[1] if row else None)
            await self._append(conn, application.id, event)
            for item in work:
                await self._queue.enqueue_in(conn, item)
        return application.model_copy(update={"version": expected_version + 1})

    async def mark_processed(self, application_id: str, version: int) -> None:
        await self._db.execute(
            "UPDATE applications SET processed_version = ? WHERE id = ? AND processed_version < ?",
            (version, application_id, version),
        )

    async def unprocessed_ids(self) -> list[str]:
        """Applications with a change not processed yet (for the reconciliation at start)."""
        rows = await self._db.fetch_all("SELECT id FROM applications WHERE processed_version < version")
        return [row["id"] for row in rows]

    async def snapshot_resume(self, application_id: str, snapshot: str, *, resume_id: str) -> None:
        """Keeps the resume as it was when applied with (first snapshot wins; never once the
        candidate erased their account, which may happen while the snapshot is being taken; nor
        once it was sent again with another résumé, whose own processing takes its snapshot)."""
        await self._db.execute(
            "UPDATE applications SET resume_snapshot = ? WHERE id = ? AND resume_snapshot IS NULL"
            " AND candidate_anonymised = 0 AND resume_id = ?",
            (snapshot, application_id, resume_id),
        )
