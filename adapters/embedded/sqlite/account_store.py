"""Erasing an account in SQLite, all in one transaction, leaving no bytes behind: deleted
content is overwritten (secure_delete) and the write-ahead log is checkpointed and
truncated, so the erased data is in neither the database file nor its WAL."""
from __future__ import annotations

import logging

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rows import placeholders
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from domain.invitations import FORMER_MEMBER
from domain.ports.accounts import ResumeWork

log = logging.getLogger(__name__)


class SqliteAccountStore:
    def __init__(self, db: Database, queue: SqliteWorkQueue | None = None) -> None:
        self._db = db
        self._queue = queue or SqliteWorkQueue(db)

    async def erase(self, user_id: str, work_per_resume: ResumeWork | None = None) -> list[tuple[str, str]]:
        async with self._db.transaction() as conn:
            # Overwrite what is deleted from here on (this connection does every write).
            await conn.execute("PRAGMA secure_delete = ON")
            resumes = [
                (row["id"], row["sha256"])
                for row in await (await conn.execute(
                    "SELECT id, sha256 FROM resumes WHERE owner_id = ?", (user_id,)
                )).fetchall()
            ]
            owners = [user_id, *(resume_id for resume_id, _ in resumes)]
            # What they wrote on their own applications (a withdrawal's reason, what each
            # submission was sent with) is theirs, like the cover letter; the hiring team's
            # notes on them are the organization's record.
            await conn.execute(
                "UPDATE application_events SET note = NULL, resume_id = NULL, cover_letter = NULL"
                " WHERE by_user_id = ? AND application_id IN (SELECT id FROM applications WHERE candidate_id = ?)",
                (user_id, user_id),
            )
            await conn.execute(
                "UPDATE applications SET candidate_id = NULL, resume_id = NULL, resume_snapshot = NULL,"
                " cover_letter = NULL, candidate_anonymised = 1 WHERE candidate_id = ?",
                (user_id,),
            )
            await conn.execute("DELETE FROM matches WHERE candidate_id = ?", (user_id,))
            await conn.execute(
                f"DELETE FROM embeddings WHERE owner_id IN ({placeholders(len(owners))})", owners
            )
            await conn.execute("DELETE FROM resumes WHERE owner_id = ?", (user_id,))
            await conn.execute("DELETE FROM outbox WHERE user_id = ?", (user_id,))
            # Background work that names them, in hand too: a worker's later complete, retry
            # or bury matches its row by lease token, so a deleted row stays deleted (and what
            # the worker still tries to write about them fails on the foreign keys).
            for owner in owners:
                await conn.execute("DELETE FROM work_items WHERE instr(payload, ?) > 0", (owner,))
            # The organization's invitations stay its record (whom it invited, when, the outcome)
            # without the erased person: no inviter's id, and, of one they accepted or one to their
            # address that is closed, no invitee's id or address. An open one to their address is
            # the organization's offer to an address, not to this account, and stays until revoked.
            address = await (await conn.execute("SELECT email FROM users WHERE id = ?", (user_id,))).fetchone()
            await conn.execute("UPDATE organization_invitations SET invited_by = ? WHERE invited_by = ?",
                               (FORMER_MEMBER, user_id))
            await conn.execute(
                "UPDATE organization_invitations SET email = '', accepted_by = NULL WHERE accepted_by = ?"
                " OR (email = ? AND (accepted_at IS NOT NULL OR revoked_at IS NOT NULL))",
                (user_id, address["email"].lower() if address else None))
            # The addresses it gave up and still held: free to sign up with again.
            await conn.execute("DELETE FROM held_addresses WHERE user_id = ?", (user_id,))
            # Sessions, refresh tokens, one-time tokens and devices go with the user (cascades).
            await conn.execute("DELETE FROM users WHERE id = ?", (user_id,))
            # After the sweep of their work above, which would take it too.
            for resume_id, sha256 in resumes:
                if work_per_resume is not None:
                    await self._queue.enqueue_in(conn, work_per_resume(resume_id, sha256))
        await self._truncate_log()
        return resumes

    async def _truncate_log(self) -> None:
        row = await self._db.fetch_one("PRAGMA wal_checkpoint(TRUNCATE)")
        if row is not None and row[0]:
            log.warning("the write-ahead log could not be truncated after an erasure (a reader was busy);"
                        " it is overwritten at the next checkpoint")
