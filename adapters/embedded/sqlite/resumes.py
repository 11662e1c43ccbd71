"""Resumes in SQLite."""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.paging import SortKey, pages_by_parent
from adapters.embedded.sqlite.rows import in_key_order, one_row, placeholders, to_moment, to_text
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from domain.errors import BadUserInput, Forbidden
from domain.pagination import Page, PageRequest
from domain.ports.queue import PendingWork
from domain.ports.resumes import AddedResume
from domain.resumes import ParsedResume, Resume, ResumeStatus

_NEWEST_FIRST = SortKey((("uploaded_at", True), ("id", True)), (str, str))


def _resume(row: sqlite3.Row) -> Resume:
    return Resume(
        id=row["id"], owner_id=row["owner_id"], filename=row["filename"], content_type=row["content_type"],
        size_bytes=row["size_bytes"], sha256=row["sha256"], status=ResumeStatus(row["status"]),
        failure_reason=row["failure_reason"], uploaded_at=to_moment(row["uploaded_at"]),
        parsed=ParsedResume.model_validate_json(row["parsed"]) if row["parsed"] else None,
        primary=bool(row["is_primary"]), sent_to_employer=bool(row["sent_to_employer"]),
    )


class SqliteResumeRepository:
    def __init__(self, db: Database, queue: SqliteWorkQueue | None = None) -> None:
        self._db = db
        self._queue = queue or SqliteWorkQueue(db)

    async def add(
        self, resume: Resume, max_per_owner: int, work: Sequence[PendingWork] = ()
    ) -> tuple[Resume, bool]:
        added = await self.add_or_find(resume, max_per_owner, work)
        return added.resume, added.created

    async def add_or_find(
        self, resume: Resume, max_per_owner: int, work: Sequence[PendingWork] = ()
    ) -> AddedResume:
        async with self._db.transaction() as conn:
            if await (await conn.execute("SELECT 1 FROM users WHERE id = ?", (resume.owner_id,))).fetchone() is None:
                # Erased (its transaction committed first): refused as on DynamoDB, not a key error.
                raise Forbidden("This account is gone or being deleted; nothing more can be uploaded to it.",
                                reason="ACCOUNT_DELETED")
            existing = await (
                await conn.execute(
                    "SELECT * FROM resumes WHERE owner_id = ? AND sha256 = ?", (resume.owner_id, resume.sha256)
                )
            ).fetchone()
            if existing is not None:
                stored = _resume(existing)
                if stored.sent_to_employer or stored.filename == resume.filename:
                    return AddedResume(stored, False)  # employers have it under this name (ResumeRepository.add)
                # Inside BEGIN IMMEDIATE: no application marks it sent between the read and this.
                await conn.execute("UPDATE resumes SET filename = ? WHERE id = ?", (resume.filename, stored.id))
                return AddedResume(stored.model_copy(update={"filename": resume.filename}), False, stored.filename)
            (count,) = one_row(await (
                await conn.execute("SELECT count(*) FROM resumes WHERE owner_id = ?", (resume.owner_id,))
            ).fetchone())
            if count >= max_per_owner:
                raise BadUserInput(
                    f"A candidate may keep at most {max_per_owner} resumes; delete one before uploading another.",
                    field="file",
                )
            await conn.execute(
                "INSERT INTO resumes(id, owner_id, filename, content_type, size_bytes, sha256, status,"
                " failure_reason, uploaded_at, parsed) VALUES (?,?,?,?,?,?,?,?,?,NULL)",
                (resume.id, resume.owner_id, resume.filename, resume.content_type, resume.size_bytes,
                 resume.sha256, resume.status.value, resume.failure_reason, to_text(resume.uploaded_at)),
            )
            for item in work:
                await self._queue.enqueue_in(conn, item)
        return AddedResume(resume, True)

    async def get_many(self, ids: Sequence[str]) -> list[Resume | None]:
        if not ids:
            return []
        unique = list(set(ids))
        rows = await self._db.fetch_all(f"SELECT * FROM resumes WHERE id IN ({placeholders(len(unique))})", unique)
        return in_key_order(ids, {row["id"]: _resume(row) for row in rows})

    async def by_owners(self, owner_ids: Sequence[str], selector: None, page: PageRequest) -> list[Page[Resume]]:
        return await pages_by_parent(
            self._db, table="resumes", parent_column="owner_id", parent_ids=owner_ids,
            key=_NEWEST_FIRST, page=page, convert=_resume,
        )

    async def set_status(
        self, resume_id: str, status: ResumeStatus, failure_reason: str | None = None,
        parsed: ParsedResume | None = None, work: Sequence[PendingWork] = (),
    ) -> None:
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE resumes SET status = ?, failure_reason = ?, parsed = COALESCE(?, parsed) WHERE id = ?",
                (status.value, failure_reason, parsed.model_dump_json() if parsed else None, resume_id),
            )
            if cursor.rowcount == 1:  # a resume deleted meanwhile needs no more work
                for item in work:
                    await self._queue.enqueue_in(conn, item)

    async def retry_failed(self, resume_id: str, work: Sequence[PendingWork] = ()) -> bool:
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE resumes SET status = ?, failure_reason = NULL WHERE id = ? AND status = ?",
                (ResumeStatus.UPLOADED.value, resume_id, ResumeStatus.FAILED.value),
            )
            if cursor.rowcount != 1:
                return False
            for item in work:
                await self._queue.enqueue_in(conn, item)
        return True

    async def delete(self, resume_id: str, work: Sequence[PendingWork] = ()) -> Resume | None:
        async with self._db.transaction() as conn:
            row = await (await conn.execute("SELECT * FROM resumes WHERE id = ?", (resume_id,))).fetchone()
            if row is None:
                return None
            await conn.execute("DELETE FROM embeddings WHERE kind = 'resume' AND owner_id = ?", (resume_id,))
            await conn.execute("DELETE FROM resumes WHERE id = ?", (resume_id,))
            for item in work:
                await self._queue.enqueue_in(conn, item)
        return _resume(row)

    async def set_primary(
        self, resume_id: str, owner_id: str, primary: bool, work: Sequence[PendingWork] = ()
    ) -> Resume | None:
        # One write transaction: the other primary is unmarked before this one is marked, and
        # the unique index refuses a second primary should anything else try.
        async with self._db.transaction() as conn:
            row = await (await conn.execute(
                "SELECT is_primary FROM resumes WHERE id = ? AND owner_id = ?", (resume_id, owner_id))).fetchone()
            if row is None:
                return None
            if bool(row["is_primary"]) != primary:
                if primary:
                    await conn.execute(
                        "UPDATE resumes SET is_primary = 0 WHERE owner_id = ? AND is_primary = 1", (owner_id,))
                await conn.execute("UPDATE resumes SET is_primary = ? WHERE id = ?", (int(primary), resume_id))
                for item in work:
                    await self._queue.enqueue_in(conn, item)
            stored = await (await conn.execute("SELECT * FROM resumes WHERE id = ?", (resume_id,))).fetchone()
        return _resume(one_row(stored))

    async def unfinished_ids(self) -> list[str]:
        """Resumes not yet PARSED or FAILED (for the reconciliation at start)."""
        rows = await self._db.fetch_all("SELECT id FROM resumes WHERE status IN ('UPLOADED', 'PROCESSING')")
        return [row["id"] for row in rows]

    async def sha_in_use(self, sha256: str) -> bool:
        return await self._db.fetch_one("SELECT 1 FROM resumes WHERE sha256 = ? LIMIT 1", (sha256,)) is not None
