"""The daily digests' waiting entries (domain/match_digest.py): one row per person, UTC day and
job, its count the sum of the day's new-candidates notices of that job; deleted in the write that
enqueues the day's email (adapters/embedded/sqlite/match_digests.py)."""
from __future__ import annotations

MATCH_DIGEST_ENTRIES = [
    """CREATE TABLE match_digest_entries (
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        job_id TEXT NOT NULL,
        title TEXT NOT NULL,
        count INTEGER NOT NULL,
        organization_id TEXT,
        PRIMARY KEY (user_id, day, job_id))""",
    "CREATE INDEX match_digest_entries_by_day ON match_digest_entries(day, user_id)",
]
