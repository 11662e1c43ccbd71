"""The daily digests' waiting entries (domain/match_digest.py): one row per person, day (theirs,
in their time zone) and job, its count the sum of the day's new-candidates notices of that job,
with when that day ends (`ends_at`, UTC); deleted in the write that enqueues the day's email
(adapters/embedded/sqlite/match_digests.py)."""
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

# Days are each person's own (domain/time_zones.py): each entry says when its day ends, and the
# closed days are found by that. Entries kept before were of UTC days: theirs end at UTC midnight.
MATCH_DIGEST_DAY_ENDS = [
    "ALTER TABLE match_digest_entries ADD COLUMN ends_at TEXT",
    "UPDATE match_digest_entries SET ends_at = date(day, '+1 day') || 'T00:00:00.000000+00:00'",
    "CREATE INDEX match_digest_entries_by_end ON match_digest_entries(ends_at, user_id)",
]
