"""Schema migrations 14 onwards (migrations.py holds 1–13 and applies these after them).

Never edit a released migration: append a new version here.
"""
from __future__ import annotations

from adapters.embedded.sqlite.inbox_table import INBOX_ORGANIZATION, INBOX_ORGANIZATION_BACKFILL, INBOX_TABLE
from adapters.embedded.sqlite.match_digest_table import MATCH_DIGEST_ENTRIES
from adapters.embedded.sqlite.match_pairs_by_job_table import MATCH_PAIRS_BY_JOB_STATEMENTS
from adapters.embedded.sqlite.match_table import ADDED_COLUMNS as MATCH_COLUMNS_ADDED
from adapters.embedded.sqlite.match_weightings import CREATE as MATCH_WEIGHTINGS
from adapters.embedded.sqlite.search_changes import CHANGE_LOG_MIGRATION, PRIOR_TEXT_MIGRATION
from adapters.embedded.sqlite.typed_skills_column import TYPED_SKILLS_COLUMN

LATER_MIGRATIONS: list[tuple[int, list[str]]] = []
# The version of the match pairs keyed job first (below), named once.
MATCH_PAIRS_BY_JOB = 35
# Migrations that copy a table to change it (SQLite's way): run with foreign keys off, so each
# row is copied as it stands and dropping the old table starts no cascade.
WITHOUT_FOREIGN_KEYS: frozenset[int] = frozenset({MATCH_PAIRS_BY_JOB})

# Matches gain the preferences part of the score and the weights they were scored with.
LATER_MIGRATIONS.append((14, MATCH_COLUMNS_ADDED))

# A candidate's primary resume: at most one per owner, held by a partial unique index so that
# two requests marking different resumes at once cannot both win.
_V15_PRIMARY_RESUME = [
    "ALTER TABLE resumes ADD COLUMN is_primary INTEGER NOT NULL DEFAULT 0",
    "CREATE UNIQUE INDEX resumes_one_primary ON resumes(owner_id) WHERE is_primary = 1",
]
LATER_MIGRATIONS.append((15, _V15_PRIMARY_RESUME))

# Which worker process handles an application's changes right now: several processes share
# the file, and each application's changes must go out once each and in version order. A
# lease (not a lock held open) so that a process killed while holding it blocks no one for
# longer than `expires_at` (epoch seconds).
_V16_APPLICATION_PROCESSING_LEASES = [
    "CREATE TABLE application_processing_leases ("
    " application_id TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at REAL NOT NULL)",
]
LATER_MIGRATIONS.append((16, _V16_APPLICATION_PROCESSING_LEASES))

# A counter that moves with every change to jobs, inside the writer's own transaction (any
# process): a text search's kept ranking is used only while it reads the same number
# (adapters/embedded/sqlite/ranked_heads.py).
_V17_JOB_SEARCH_GENERATION = [
    "CREATE TABLE job_search_generation (only INTEGER PRIMARY KEY CHECK (only = 1), n INTEGER NOT NULL)",
    "INSERT INTO job_search_generation VALUES (1, 0)",
    *(
        f"""CREATE TRIGGER job_search_generation_on_{event.lower()} AFTER {event} ON jobs BEGIN
            UPDATE job_search_generation SET n = n + 1;
            END"""
        for event in ("INSERT", "UPDATE", "DELETE")
    ),
    # A search without text walks its filters newest first over these narrow rows, not jobs'.
    "CREATE INDEX job_search_keys_newest ON job_search_keys(status, posted_at DESC, id DESC)",
]
LATER_MIGRATIONS.append((17, _V17_JOB_SEARCH_GENERATION))

# Domain events crossing the processes of one deployment (API processes, the worker): appended
# by the publisher, tailed by every process (adapters/embedded/sqlite/event_log.py).
_V18_EVENT_LOG = [
    "CREATE TABLE event_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL,"
    " body TEXT NOT NULL, origin TEXT NOT NULL, at REAL NOT NULL)",
    "CREATE INDEX event_log_by_time ON event_log(at)",
    # The last row each live process has read: rows all of them have read are deleted.
    "CREATE TABLE event_log_readers (origin TEXT PRIMARY KEY, last_seq INTEGER NOT NULL, at REAL NOT NULL)",
]
LATER_MIGRATIONS.append((18, _V18_EVENT_LOG))

# Sign-in, sign-up and password-reset buckets shared by the processes of one deployment
# (adapters/embedded/sqlite/rate_buckets.py).
_V19_RATE_BUCKETS = [
    "CREATE TABLE rate_buckets (name TEXT NOT NULL, key TEXT NOT NULL, level REAL NOT NULL,"
    " at REAL NOT NULL, PRIMARY KEY (name, key)) WITHOUT ROWID",
]
LATER_MIGRATIONS.append((19, _V19_RATE_BUCKETS))

# The same triggers also log which job each generation changed, so a kept text ranking is
# renewed from the few jobs that changed instead of ranked again
# (adapters/embedded/sqlite/search_changes.py).
LATER_MIGRATIONS.append((20, CHANGE_LOG_MIGRATION))

# A search without text walks job_search_keys newest first and tests each row's filters: with
# the common filter columns in the index itself the walk never reads the table's rows (one
# B-tree seek each; at 100,000 jobs a remote/senior/Python page walks ~2,500 of them).
_V21_FILTER_COLUMNS_IN_THE_NEWEST_INDEX = [
    "CREATE INDEX job_search_keys_newest_filtered ON job_search_keys"
    "(status, posted_at DESC, id DESC, remote, seniority, employment_type)",
    "DROP INDEX job_search_keys_newest",
]
LATER_MIGRATIONS.append((21, _V21_FILTER_COLUMNS_IN_THE_NEWEST_INDEX))

# A job's vector is now made from its short text (domain/matching/texts.py, scoring version 5):
# every open job's matching is queued once, which embeds it anew and rescores its candidates,
# so vectors made from the whole ad do not linger beside the new ones. Work already queued for
# a job keeps its place (the dedupe key); workers drain these like any posted job.
_V22_JOB_VECTORS_FROM_SHORT_TEXT = [
    """INSERT OR IGNORE INTO work_items(id, kind, payload, dedupe_key, state, attempts, max_attempts,
           available_at, created_at, updated_at)
       SELECT lower(hex(randomblob(16))), 'match.job', json_object('job_id', id), 'match.job:' || id,
              'ready', 0, 3, t.now, t.now, t.now
       FROM jobs, (SELECT (julianday('now') - 2440587.5) * 86400.0 AS now) t
       WHERE status = 'OPEN'""",
]
LATER_MIGRATIONS.append((22, _V22_JOB_VECTORS_FROM_SHORT_TEXT))

# The search index spells punctuated skill names as one word ("C++" as "cplusplus", see
# domain/search_text.py), as queries now do: jobs indexed before are re-spelled in place.
_V23_SEARCH_INDEX_SKILL_SPELLINGS = [
    # Only the rows whose text changes are re-indexed (most jobs name no such skill).
    """UPDATE jobs_fts SET title = searchable_text(title), description = searchable_text(description),
           skills = searchable_text(skills)
       WHERE title != searchable_text(title) OR description != searchable_text(description)
          OR skills != searchable_text(skills)""",
]
LATER_MIGRATIONS.append((23, _V23_SEARCH_INDEX_SKILL_SPELLINGS))

# A resume's vector is now made from its start (domain/matching/texts.py, scoring version 6):
# every parsed resume is queued once to be embedded again, which recomputes its candidate, so
# vectors made from the whole text do not linger beside the new ones. The payload names the
# resume, so each item counts among its owner's work; work already queued keeps its place.
_V24_RESUME_VECTORS_FROM_THEIR_START = [
    """INSERT OR IGNORE INTO work_items(id, kind, payload, dedupe_key, state, attempts, max_attempts,
           available_at, created_at, updated_at)
       SELECT lower(hex(randomblob(16))), 'resume.reembed', json_object('resume_id', id), 'resume.reembed:' || id,
              'ready', 0, 3, t.now, t.now, t.now
       FROM resumes, (SELECT (julianday('now') - 2440587.5) * 86400.0 AS now) t
       WHERE status = 'PARSED'""",
]
LATER_MIGRATIONS.append((24, _V24_RESUME_VECTORS_FROM_THEIR_START))

# New matches still to be announced, written with them (an outbox): announcing that fails
# after the matches are stored is retried from here instead of being lost.
# Read and written by adapters/embedded/sqlite/match_announcements.py.
_V25_MATCH_ANNOUNCEMENTS = [
    # `matches`: JSON, [[match id, candidate id, job id, score, created (µs)], ...].
    "CREATE TABLE match_announcements (id TEXT PRIMARY KEY, matches TEXT NOT NULL,"
    " published INTEGER NOT NULL DEFAULT 0, claimed_until REAL NOT NULL)",
    "CREATE INDEX match_announcements_free ON match_announcements(claimed_until)",
]
LATER_MIGRATIONS.append((25, _V25_MATCH_ANNOUNCEMENTS))

# Edits and deletes of jobs keep the text the search index held for the row just before
# (search_changes.py): kept rankings are renewed from the changed rows alone after edits and
# closes too, not only after posts.
LATER_MIGRATIONS.append((26, PRIOR_TEXT_MIGRATION))

# Which model made the stored vectors (adapters/embedded/sqlite/embedding_model.py): those
# made before were float32 all-MiniLM-L6-v2. A start with another model re-embeds them.
_V27_EMBEDDING_MODEL = [
    "CREATE TABLE embedding_model (id INTEGER PRIMARY KEY CHECK (id = 1), model TEXT NOT NULL)",
    "INSERT INTO embedding_model(id, model) VALUES (1, 'all-MiniLM-L6-v2:fp32')",
]
LATER_MIGRATIONS.append((27, _V27_EMBEDDING_MODEL))

# A salary filter compares amounts only within one currency (docs/search.md): the currency sits
# beside the amounts in the narrow search rows, so the filter never reads the jobs' wide rows.
_V28_SALARY_CURRENCY_IN_SEARCH_KEYS = [
    "ALTER TABLE job_search_keys ADD COLUMN salary_currency TEXT",
    "UPDATE job_search_keys SET salary_currency ="
    " (SELECT salary_currency FROM jobs WHERE jobs.rowid = job_search_keys.job_rowid)",
    "DROP TRIGGER job_search_keys_on_insert",
    "DROP TRIGGER job_search_keys_on_update",
    """CREATE TRIGGER job_search_keys_on_insert AFTER INSERT ON jobs BEGIN
        INSERT OR REPLACE INTO job_search_keys VALUES (new.rowid, new.id, new.organization_id, new.status,
            new.remote, new.employment_type, new.seniority, new.location, new.salary_min, new.salary_max,
            new.posted_at, new.salary_currency);
        END""",
    """CREATE TRIGGER job_search_keys_on_update AFTER UPDATE ON jobs BEGIN
        DELETE FROM job_search_keys WHERE job_rowid = old.rowid;
        INSERT OR REPLACE INTO job_search_keys VALUES (new.rowid, new.id, new.organization_id, new.status,
            new.remote, new.employment_type, new.seniority, new.location, new.salary_min, new.salary_max,
            new.posted_at, new.salary_currency);
        END""",
]
LATER_MIGRATIONS.append((28, _V28_SALARY_CURRENCY_IN_SEARCH_KEYS))

# An announcement that always fails is not retried forever: each claim counts an attempt, and
# a record past the relay's limit moves to match_announcements_dead (kept for an operator).
_V29_DEAD_MATCH_ANNOUNCEMENTS = [
    "ALTER TABLE match_announcements ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE match_announcements_dead (id TEXT PRIMARY KEY, matches TEXT NOT NULL,"
    " published INTEGER NOT NULL, attempts INTEGER NOT NULL, dead_at REAL NOT NULL)",
]
LATER_MIGRATIONS.append((29, _V29_DEAD_MATCH_ANNOUNCEMENTS))

# A stored match names the weights it was scored with by a small integer (match_weightings.py),
# not ~100 bytes of the same JSON in every row; matches are read through a view that joins them.
LATER_MIGRATIONS.append((30, MATCH_WEIGHTINGS))

# A salary says what its amounts pay for (an hour, a month, a year); rows from before are yearly.
_V31_SALARY_PERIOD = [
    "ALTER TABLE jobs ADD COLUMN salary_period TEXT",
]
LATER_MIGRATIONS.append((31, _V31_SALARY_PERIOD))

# Invitations to join an organization as a recruiter (adapters/embedded/sqlite/invitations.py):
# the secret's hash only, unique so that one secret names one invitation.
_V32_ORGANIZATION_INVITATIONS = [
    """CREATE TABLE organization_invitations (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        email TEXT NOT NULL,
        invited_by TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        accepted_at TEXT,
        accepted_by TEXT,
        revoked_at TEXT)""",
    "CREATE INDEX organization_invitations_open ON organization_invitations(organization_id, created_at)"
    " WHERE accepted_at IS NULL AND revoked_at IS NULL",
]
LATER_MIGRATIONS.append((32, _V32_ORGANIZATION_INVITATIONS))

# A salary filter compares what a job can pay in a year (domain.jobs.SalaryRange.yearly_top:
# the top of the range times the periods in a year), not the bare amounts: 30 an hour meets
# "50,000 a year", 3,000 a month does not. Kept beside the other keys in the narrow search rows,
# so the filter still never reads the jobs' wide rows. The factors are domain.jobs'
# PERIODS_IN_A_YEAR, written out (a released migration never changes); a null period is a year.
_YEARLY_TOP = """COALESCE(new.salary_max, new.salary_min) * CASE new.salary_period
    WHEN 'HOUR' THEN 2080 WHEN 'DAY' THEN 260 WHEN 'WEEK' THEN 52 WHEN 'MONTH' THEN 12 ELSE 1 END"""
_V33_YEARLY_SALARY_IN_SEARCH_KEYS = [
    "ALTER TABLE job_search_keys ADD COLUMN salary_yearly_top INTEGER",
    "UPDATE job_search_keys SET salary_yearly_top = (SELECT "
    + _YEARLY_TOP.replace("new.", "jobs.") + " FROM jobs WHERE jobs.rowid = job_search_keys.job_rowid)",
    "DROP TRIGGER job_search_keys_on_insert",
    "DROP TRIGGER job_search_keys_on_update",
    f"""CREATE TRIGGER job_search_keys_on_insert AFTER INSERT ON jobs BEGIN
        INSERT OR REPLACE INTO job_search_keys VALUES (new.rowid, new.id, new.organization_id, new.status,
            new.remote, new.employment_type, new.seniority, new.location, new.salary_min, new.salary_max,
            new.posted_at, new.salary_currency, {_YEARLY_TOP});
        END""",
    f"""CREATE TRIGGER job_search_keys_on_update AFTER UPDATE ON jobs BEGIN
        DELETE FROM job_search_keys WHERE job_rowid = old.rowid;
        INSERT OR REPLACE INTO job_search_keys VALUES (new.rowid, new.id, new.organization_id, new.status,
            new.remote, new.employment_type, new.seniority, new.location, new.salary_min, new.salary_max,
            new.posted_at, new.salary_currency, {_YEARLY_TOP});
        END""",
]
LATER_MIGRATIONS.append((33, _V33_YEARLY_SALARY_IN_SEARCH_KEYS))

# Which applications were told on the applicationUpdated stream that their job closed: a
# retried notice (the worker crashed midway) publishes again only to those not yet told.
_V34_JOB_CLOSURE_EVENTS = [
    "CREATE TABLE job_closure_events (job_id TEXT NOT NULL, application_id TEXT NOT NULL,"
    " PRIMARY KEY (job_id, application_id)) WITHOUT ROWID",
]
LATER_MIGRATIONS.append((34, _V34_JOB_CLOSURE_EVENTS))

# A pair's uniqueness keyed by its job first (match_pairs_by_job_table.py).
LATER_MIGRATIONS.append((MATCH_PAIRS_BY_JOB, MATCH_PAIRS_BY_JOB_STATEMENTS))

# The in-app inbox (inbox_table.py).
LATER_MIGRATIONS.append((36, INBOX_TABLE))

# The organization an inbox entry is sent about (inbox_table.py).
LATER_MIGRATIONS.append((38, INBOX_ORGANIZATION))

# One organization per name as people read it: `name_key` (domain.organization_names, the SQL
# function organization_name_key) under a unique index, written with the organization. A
# database may already hold organizations whose names share a key: the earliest of each keeps
# it and the others are left without one (NULL, which a unique index lets repeat), so the
# migration never fails on them, no row changes otherwise, and no new one can take that name.
# Placeholders the AWS search mirror writes have no name and get no key. `verified`: set by
# an administrator (adminVerifyOrganization).
_V39_ORGANIZATION_NAMES = [
    "ALTER TABLE organizations ADD COLUMN name_key TEXT",
    "ALTER TABLE organizations ADD COLUMN verified INTEGER NOT NULL DEFAULT 0",
    """UPDATE organizations SET name_key = firsts.name_key FROM (
        SELECT id, name_key FROM (
            SELECT id, organization_name_key(name) AS name_key,
                   row_number() OVER (PARTITION BY organization_name_key(name) ORDER BY created_at, id) AS nth
            FROM organizations WHERE organization_name_key(name) <> '')
        WHERE nth = 1) AS firsts
    WHERE organizations.id = firsts.id""",
    "CREATE UNIQUE INDEX organizations_by_name_key ON organizations(name_key)",
]
LATER_MIGRATIONS.append((39, _V39_ORGANIZATION_NAMES))

# Inbox entries kept before 38 given their organization (inbox_table.py).
LATER_MIGRATIONS.append((40, INBOX_ORGANIZATION_BACKFILL))

# A recruiter's role in their organization (domain.users.OrganizationRole). The earliest member
# of each organization (by account creation, then id: its founder while they stay, the
# longest-standing recruiter otherwise) becomes its OWNER; everyone else a RECRUITER.
_V41_ORGANIZATION_ROLES = [
    "ALTER TABLE users ADD COLUMN organization_role TEXT",
    "UPDATE users SET organization_role = 'RECRUITER' WHERE organization_id IS NOT NULL",
    """UPDATE users SET organization_role = 'OWNER' WHERE id IN (
        SELECT id FROM (
            SELECT id, row_number() OVER (PARTITION BY organization_id ORDER BY created_at, id) AS nth
            FROM users WHERE organization_id IS NOT NULL)
        WHERE nth = 1)""",
]
LATER_MIGRATIONS.append((41, _V41_ORGANIZATION_ROLES))

# A job's skills are indexed under the names inside an entry ("HACCP Level 2" under HACCP too)
# and under each alternative of "ACCA or CIMA" (domain.job_skills.skill_keys): the jobs stored
# before are keyed again, as the repository keys a job it writes.
_V42_JOB_SKILL_KEYS_AGAIN = [
    "DELETE FROM job_skills",
    """INSERT OR IGNORE INTO job_skills(job_id, skill)
       SELECT jobs.id, key.value FROM jobs, json_each(job_skill_keys(jobs.required_skills)) AS key""",
]
LATER_MIGRATIONS.append((42, _V42_JOB_SKILL_KEYS_AGAIN))

# Scoring version 10 (domain.matching.scoring) reads places however spelled, the years an ad
# asks for, levelled credentials and nearby towns: every open job is queued once to be matched
# again, so no stored score keeps the old reading. Work already queued for a job keeps its place.
_V43_PLACES_READ_HOWEVER_SPELLED = [
    """INSERT OR IGNORE INTO work_items(id, kind, payload, dedupe_key, state, attempts, max_attempts,
           available_at, created_at, updated_at)
       SELECT lower(hex(randomblob(16))), 'match.job', json_object('job_id', id), 'match.job:' || id,
              'ready', 0, 3, t.now, t.now, t.now
       FROM jobs, (SELECT (julianday('now') - 2440587.5) * 86400.0 AS now) t
       WHERE status = 'OPEN'""",
]
LATER_MIGRATIONS.append((43, _V43_PLACES_READ_HOWEVER_SPELLED))

# A job's floor for "new candidates" notices (domain/notify_floor.py); null: each member's own.
LATER_MIGRATIONS.append((44, ["ALTER TABLE jobs ADD COLUMN notify_min_score REAL"]))

# New-candidates emails waiting for their person's daily digest.
LATER_MIGRATIONS.append((45, MATCH_DIGEST_ENTRIES))

# Which of a job's skills the employer typed (typed_skills_column.py).
LATER_MIGRATIONS.append((46, TYPED_SKILLS_COLUMN))
