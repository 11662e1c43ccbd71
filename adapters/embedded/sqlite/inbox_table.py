"""The in-app inbox's table (migration 36 in migrations_later.py) and the organization its
entries are sent about (38, and 40 for the entries kept before)."""
from __future__ import annotations

# The in-app inbox (adapters/embedded/sqlite/inbox.py): ids sort as creation times, so one index
# serves newest-first pages, a partial one the unread pages and counts, and a partial unique one
# keeps a dedupe key once per person. Rows go with their person (cascade).
INBOX_TABLE = [
    """CREATE TABLE inbox (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        body_text TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}',
        dedupe_key TEXT,
        created_at TEXT NOT NULL,
        read_at TEXT)""",
    "CREATE INDEX inbox_by_user ON inbox(user_id, id)",
    "CREATE INDEX inbox_unread ON inbox(user_id, id) WHERE read_at IS NULL",
    "CREATE UNIQUE INDEX inbox_dedupe ON inbox(user_id, dedupe_key) WHERE dedupe_key IS NOT NULL",
]

# An inbox entry sent to its person as a recruiter of an organization names it: it is kept only
# while they are one, and goes when they stop (entries from before are found by what they name).
INBOX_ORGANIZATION = [
    "ALTER TABLE inbox ADD COLUMN organization_id TEXT",
    "CREATE INDEX inbox_by_organization ON inbox(user_id, organization_id) WHERE organization_id IS NOT NULL",
]

# Entries kept before 38 name no organization. One a recruiter was sent about an application to
# their organization's job (any application entry whose person is not its candidate: match
# entries only go to candidates) gets the job's organization, so the inbox's reads hide it from
# whoever no longer recruits for it. Those of people who left since are then removed, as their
# leaving would have. Not derivable, so left as their person's own: an entry naming no
# application, or one whose application is missing (applications and jobs are never deleted).
# A delivery sent to a recruiter about their organization names it too, for the outbox to check
# just before handing it over (adapters/embedded/sqlite/outbox.py).
_NAMED_APPLICATION = "json_extract(inbox.data, '$.applicationId')"
INBOX_ORGANIZATION_BACKFILL = [
    "UPDATE inbox SET organization_id = (SELECT j.organization_id FROM applications a JOIN jobs j ON j.id = a.job_id"
    f" WHERE a.id = {_NAMED_APPLICATION})"
    " WHERE organization_id IS NULL AND kind = 'application'"
    f" AND EXISTS (SELECT 1 FROM applications a WHERE a.id = {_NAMED_APPLICATION}"
    " AND a.candidate_id IS NOT inbox.user_id)",
    "DELETE FROM inbox WHERE organization_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users m"
    " WHERE m.id = inbox.user_id AND m.organization_id = inbox.organization_id)",
    "ALTER TABLE outbox ADD COLUMN organization_id TEXT",
]
