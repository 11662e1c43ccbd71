"""Upgrading a data dir whose resume vectors were made from the whole text: the migration queues
every parsed resume once to be embedded again from its start (which then recomputes its
candidate), keeps work already queued for a resume instead of doubling it, counts each item
among its owner's work (owners keep taking turns) and queues nothing for resumes not parsed."""
from __future__ import annotations

import time
from datetime import UTC, datetime

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.migrations import MIGRATIONS
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from domain.services.resume_reembedding import REEMBED_RESUME

_RESUME_VECTORS_FROM_THEIR_START = next(
    v for v, statements in MIGRATIONS if any("'resume.reembed'" in s for s in statements))


async def _a_resume(db: Database, resume_id: str, owner: str, status: str) -> None:
    await db.execute(
        "INSERT INTO resumes(id, owner_id, filename, content_type, size_bytes, sha256, status, uploaded_at, parsed)"
        " VALUES (?, ?, 'cv.pdf', 'application/pdf', 3, ?, ?, ?, ?)",
        (resume_id, owner, f"sha-{resume_id}", status, datetime(2026, 1, 1, tzinfo=UTC).isoformat(),
         '{"name": "Dana"}' if status == "PARSED" else None))


async def test_every_parsed_resume_is_embedded_again_once_after_the_upgrade(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = Database(path, migrations=[m for m in MIGRATIONS if m[0] < _RESUME_VECTORS_FROM_THEIR_START])
    await old.open()
    for user in ("u1", "u2"):
        await old.execute(
            "INSERT INTO users(id, email, password_hash, name, role, created_at) VALUES (?, ?, 'x', 'N', 'CANDIDATE', ?)",
            (user, f"{user}@example.com", "2026-01-01"))
    await _a_resume(old, "parsed-1", "u1", "PARSED")
    await _a_resume(old, "parsed-2", "u1", "PARSED")
    await _a_resume(old, "parsed-3", "u2", "PARSED")
    await _a_resume(old, "uploaded", "u2", "UPLOADED")
    await _a_resume(old, "failed", "u2", "FAILED")
    pending = await SqliteWorkQueue(old).enqueue(REEMBED_RESUME, {"resume_id": "parsed-1"},
                                                 dedupe_key=f"{REEMBED_RESUME}:parsed-1")
    await old.close()

    migrated = Database(path)
    await migrated.open()
    try:
        rows = await migrated.fetch_all(
            "SELECT id, json_extract(payload, '$.resume_id') AS resume_id, fairness_key, available_at"
            " FROM work_items WHERE kind = ? AND state = 'ready'", (REEMBED_RESUME,))
        assert sorted(r["resume_id"] for r in rows) == ["parsed-1", "parsed-2", "parsed-3"]
        assert pending in {r["id"] for r in rows}
        owners = {r["resume_id"]: r["fairness_key"] for r in rows}
        assert owners["parsed-1"] == owners["parsed-2"] != owners["parsed-3"] and None not in owners.values()
        assert all(abs(r["available_at"] - time.time()) < 60 for r in rows)
        leased = await SqliteWorkQueue(migrated).lease([REEMBED_RESUME])
        assert leased is not None and leased.payload["resume_id"].startswith("parsed-")
    finally:
        await migrated.close()
