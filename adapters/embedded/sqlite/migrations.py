"""Schema migrations, versioned in code and applied in order at start.

Never edit a released migration: append a new version (in migrations_newest.py).
"""
from __future__ import annotations

from adapters.embedded.sqlite.account_tables import ACCOUNT_TABLES
from adapters.embedded.sqlite.demographics_tables import DEMOGRAPHICS_TABLES
from adapters.embedded.sqlite.gateway_tables import GATEWAY_TABLES
from adapters.embedded.sqlite.match_table import TABLE as MATCH_TABLE
from adapters.embedded.sqlite.migrations_later import LATER_MIGRATIONS
from adapters.embedded.sqlite.migrations_newest import NEWEST_MIGRATIONS

_V1 = [
    """CREATE TABLE organizations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        website TEXT,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('CANDIDATE','EMPLOYER','ADMIN')),
        password_hash TEXT NOT NULL,
        email_verified INTEGER NOT NULL DEFAULT 0,
        organization_id TEXT REFERENCES organizations(id),
        preferences TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        suspended INTEGER NOT NULL DEFAULT 0,
        token_version INTEGER NOT NULL DEFAULT 0)""",
    "CREATE INDEX users_by_organization ON users(organization_id)",
    """CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        device TEXT,
        ip TEXT,
        created_at TEXT NOT NULL,
        last_used_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        revoked_at TEXT,
        revoked_reason TEXT)""",
    "CREATE INDEX sessions_by_user ON sessions(user_id)",
    """CREATE TABLE refresh_tokens (
        token_hash TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        issued_at TEXT NOT NULL,
        used_at TEXT)""",
    """CREATE TABLE jobs (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        location TEXT,
        remote TEXT NOT NULL,
        employment_type TEXT NOT NULL,
        seniority TEXT,
        salary_min INTEGER,
        salary_max INTEGER,
        salary_currency TEXT,
        required_skills TEXT NOT NULL DEFAULT '[]',
        nice_to_have_skills TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL,
        posted_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        posted_by TEXT REFERENCES users(id) ON DELETE SET NULL,
        takedown_reason TEXT)""",
    "CREATE INDEX jobs_by_organization ON jobs(organization_id, posted_at DESC, id)",
    "CREATE INDEX jobs_by_status ON jobs(status, posted_at DESC, id)",
    """CREATE TABLE job_skills (
        job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        skill TEXT NOT NULL COLLATE NOCASE,
        PRIMARY KEY (job_id, skill))""",
    "CREATE INDEX job_skills_by_skill ON job_skills(skill)",
    # Contentless-delete FTS5 index kept in step with jobs by the repository, in the same
    # transaction; rowid is the jobs table's rowid.
    """CREATE VIRTUAL TABLE jobs_fts USING fts5(
        title, description, skills, tokenize = 'porter unicode61')""",
    """CREATE TABLE work_items (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        dedupe_key TEXT UNIQUE,
        state TEXT NOT NULL CHECK (state IN ('ready','leased','done','dead')),
        attempts INTEGER NOT NULL DEFAULT 0,
        max_attempts INTEGER NOT NULL,
        available_at REAL NOT NULL,
        lease_expires_at REAL,
        lease_token TEXT,
        last_error TEXT,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL)""",
    "CREATE INDEX work_items_ready ON work_items(state, available_at)",
]

_V2 = [
    """CREATE TABLE resumes (
        id TEXT PRIMARY KEY,
        owner_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        filename TEXT NOT NULL,
        content_type TEXT NOT NULL,
        size_bytes INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        status TEXT NOT NULL,
        failure_reason TEXT,
        uploaded_at TEXT NOT NULL,
        parsed TEXT,
        UNIQUE (owner_id, sha256))""",
    "CREATE INDEX resumes_by_owner ON resumes(owner_id, uploaded_at DESC, id)",
    """CREATE TABLE embeddings (
        kind TEXT NOT NULL,
        owner_id TEXT NOT NULL,
        vector BLOB NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (kind, owner_id))""",
    """CREATE TABLE matches (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        resume_id TEXT NOT NULL REFERENCES resumes(id) ON DELETE CASCADE,
        score REAL NOT NULL,
        breakdown TEXT NOT NULL,
        matched_skills TEXT NOT NULL,
        missing_skills TEXT NOT NULL,
        explanation TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (candidate_id, job_id))""",
    "CREATE INDEX matches_by_candidate ON matches(candidate_id, score DESC)",
    "CREATE INDEX matches_by_job ON matches(job_id, score DESC)",
    """CREATE TABLE applications (
        id TEXT PRIMARY KEY,
        job_id TEXT NOT NULL REFERENCES jobs(id),
        candidate_id TEXT REFERENCES users(id) ON DELETE SET NULL,
        resume_id TEXT REFERENCES resumes(id) ON DELETE SET NULL,
        cover_letter TEXT,
        status TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        resume_snapshot TEXT,
        candidate_anonymised INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (job_id, candidate_id))""",
    "CREATE INDEX applications_by_candidate ON applications(candidate_id, created_at DESC)",
    "CREATE INDEX applications_by_job ON applications(job_id, status, created_at DESC)",
    """CREATE TABLE application_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        status TEXT NOT NULL,
        at TEXT NOT NULL,
        by_user_id TEXT REFERENCES users(id) ON DELETE SET NULL,
        note TEXT)""",
    "CREATE INDEX application_events_by_application ON application_events(application_id, id)",
]

_V3 = [
    """CREATE TABLE outbox (
        id TEXT PRIMARY KEY,
        user_id TEXT REFERENCES users(id) ON DELETE CASCADE,
        channel TEXT NOT NULL,
        kind TEXT NOT NULL,
        recipient TEXT NOT NULL,
        subject TEXT NOT NULL,
        body_text TEXT NOT NULL,
        body_html TEXT,
        data TEXT NOT NULL DEFAULT '{}',
        dedupe_key TEXT UNIQUE,
        state TEXT NOT NULL CHECK (state IN ('pending','sent','failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at REAL NOT NULL,
        last_error TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT)""",
    "CREATE INDEX outbox_pending ON outbox(state, next_attempt_at)",
    "CREATE INDEX outbox_by_user ON outbox(user_id, created_at)",
]

# The analytics store (audit trail and facts), filled from the event bus. Times are
# integer microseconds since the epoch so that ranges, durations and keyset cursors are exact.
# No foreign keys: the audit trail outlives the accounts it mentions.
_V5 = [
    """CREATE TABLE audit_log (
        id TEXT PRIMARY KEY,
        at_us INTEGER NOT NULL,
        operation TEXT NOT NULL,
        outcome TEXT NOT NULL,
        actor_id TEXT,
        actor_role TEXT,
        target_ids TEXT NOT NULL DEFAULT '[]',
        request_id TEXT,
        client_ip TEXT)""",
    "CREATE INDEX audit_log_by_time ON audit_log(at_us DESC, id DESC)",
    "CREATE INDEX audit_log_by_actor ON audit_log(actor_id, at_us DESC)",
    "CREATE INDEX audit_log_by_operation ON audit_log(operation, at_us DESC)",
    # Append-only, enforced by the database and not only by the absence of an API.
    """CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END""",
    """CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END""",
    """CREATE TABLE analytics_facts (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        at_us INTEGER NOT NULL,
        subject_id TEXT NOT NULL,
        category TEXT,
        score REAL,
        started_us INTEGER)""",
    "CREATE INDEX analytics_facts_by_kind_time ON analytics_facts(kind, at_us)",
    "CREATE INDEX analytics_facts_by_kind_subject ON analytics_facts(kind, subject_id, at_us)",
]

MIGRATIONS: list[tuple[int, list[str]]] = [(1, _V1), (2, _V2), (3, _V3), (4, ACCOUNT_TABLES), (5, _V5)]

# Version 6: gateway persisted queries and partner API keys.
MIGRATIONS.append((6, GATEWAY_TABLES))

# Matching: a per-kind counter that changes with every embedding write, so a
# persisted vector index can tell at start whether it is stale.
_V7 = [
    "CREATE TABLE embedding_generations (kind TEXT PRIMARY KEY, generation INTEGER NOT NULL)",
]
MIGRATIONS.append((7, _V7))

# Keyset pages: one index per list order, with the order's columns and directions and the
# unique tiebreaker last, so a page is an index seek plus `first` rows. They supersede the
# indexes whose column lists they extend.
_V8 = [
    "DROP INDEX jobs_by_organization",
    "CREATE INDEX jobs_by_organization ON jobs(organization_id, posted_at DESC, id DESC)",
    "DROP INDEX jobs_by_status",
    "CREATE INDEX jobs_by_status ON jobs(status, posted_at DESC, id DESC)",
    "CREATE INDEX jobs_by_posted ON jobs(posted_at DESC, id DESC)",
    "DROP INDEX resumes_by_owner",
    "CREATE INDEX resumes_by_owner ON resumes(owner_id, uploaded_at DESC, id DESC)",
    "DROP INDEX matches_by_candidate",
    "CREATE INDEX matches_by_candidate ON matches(candidate_id, score DESC, id)",
    "DROP INDEX matches_by_job",
    "CREATE INDEX matches_by_job ON matches(job_id, score DESC, id)",
    "DROP INDEX applications_by_candidate",
    "CREATE INDEX applications_by_candidate ON applications(candidate_id, created_at DESC, id DESC)",
    "CREATE INDEX applications_by_job_newest ON applications(job_id, created_at DESC, id DESC)",
    "CREATE INDEX users_newest ON users(created_at DESC, id)",
    # What a text search filters and sorts its hits on, without the text: a ranked search
    # visits every hit, and reading these ~80-byte rows instead of whole job rows (with
    # their descriptions) is most of its cost. Kept by triggers, so every write of jobs
    # keeps it in step inside the writer's own transaction.
    """CREATE TABLE job_search_keys (
        job_rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        organization_id TEXT NOT NULL,
        status TEXT NOT NULL,
        remote TEXT NOT NULL,
        employment_type TEXT NOT NULL,
        seniority TEXT,
        location TEXT,
        salary_min INTEGER,
        salary_max INTEGER,
        posted_at TEXT NOT NULL)""",
    """INSERT INTO job_search_keys SELECT rowid, id, organization_id, status, remote, employment_type,
        seniority, location, salary_min, salary_max, posted_at FROM jobs""",
    """CREATE TRIGGER job_search_keys_on_insert AFTER INSERT ON jobs BEGIN
        INSERT OR REPLACE INTO job_search_keys VALUES (new.rowid, new.id, new.organization_id, new.status,
            new.remote, new.employment_type, new.seniority, new.location, new.salary_min, new.salary_max,
            new.posted_at);
        END""",
    """CREATE TRIGGER job_search_keys_on_update AFTER UPDATE ON jobs BEGIN
        DELETE FROM job_search_keys WHERE job_rowid = old.rowid;
        INSERT OR REPLACE INTO job_search_keys VALUES (new.rowid, new.id, new.organization_id, new.status,
            new.remote, new.employment_type, new.seniority, new.location, new.salary_min, new.salary_max,
            new.posted_at);
        END""",
    """CREATE TRIGGER job_search_keys_on_delete AFTER DELETE ON jobs BEGIN
        DELETE FROM job_search_keys WHERE job_rowid = old.rowid;
        END""",
]
MIGRATIONS.append((8, _V8))

# Fair claiming: each work item about a resume carries its owner (filled by a trigger, so no
# enqueue has to know), and each owner's last claim is kept, so the queue can hold back an
# owner with enough in flight and let owners take turns. The owner is named by the users row's
# rowid, not the user id: nothing here names a person once their account is erased.
_OWNER_OF_RESUME = (
    "(SELECT users.rowid FROM resumes JOIN users ON users.id = resumes.owner_id"
    " WHERE resumes.id = json_extract({payload}, '$.resume_id'))"
)
_V9_FAIR_CLAIMS = [
    "ALTER TABLE work_items ADD COLUMN fairness_key INTEGER",
    f"UPDATE work_items SET fairness_key = {_OWNER_OF_RESUME.format(payload='work_items.payload')}"
    " WHERE state IN ('ready', 'leased') AND json_extract(payload, '$.resume_id') IS NOT NULL",
    f"""CREATE TRIGGER work_items_fairness_key AFTER INSERT ON work_items
        WHEN NEW.fairness_key IS NULL AND json_extract(NEW.payload, '$.resume_id') IS NOT NULL
        BEGIN
            UPDATE work_items SET fairness_key = {_OWNER_OF_RESUME.format(payload='NEW.payload')}
            WHERE id = NEW.id;
        END""",
    "CREATE INDEX work_items_by_fairness_key ON work_items(fairness_key, state) WHERE fairness_key IS NOT NULL",
    "CREATE TABLE work_owner_turns (fairness_key INTEGER PRIMARY KEY, last_claimed_at REAL NOT NULL)",
]
MIGRATIONS.append((9, _V9_FAIR_CLAIMS))

# Each application remembers the highest version whose change was processed, so a change
# whose work was lost (written by a version that queued it after the commit) is found at
# start. Rows from before are taken as processed once a resume snapshot shows they were.
_V10_PROCESSED_VERSION = [
    "ALTER TABLE applications ADD COLUMN processed_version INTEGER NOT NULL DEFAULT 0",
    "UPDATE applications SET processed_version = version"
    " WHERE resume_snapshot IS NOT NULL OR resume_id IS NULL OR candidate_anonymised = 1",
]
MIGRATIONS.append((10, _V10_PROCESSED_VERSION))

# Bias audit: self-identification kept apart from the profile.
MIGRATIONS.append((11, DEMOGRAPHICS_TABLES))
# Compact matches: the skills and explanation (most of a row's ~1.2 KiB) are built on read;
# the breakdown becomes five integers and the times integer microseconds. Each candidate's
# and each job's matches are then pruned to the default retention (best 100).
_ISO_MICROS = (
    "(CAST(strftime('%s', substr({c}, 1, 19)) AS INTEGER) * 1000000"
    " + CAST(substr({c}, 21, 6) AS INTEGER))"
)
_PART_BP = "CAST(round(json_extract(breakdown, '$.{p}') * 10000) AS INTEGER)"
_RANKED_BEYOND = (
    "DELETE FROM matches WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER"
    " (PARTITION BY {side} ORDER BY score DESC, id) AS place FROM matches) WHERE place > 100)"
)
_V12_COMPACT_MATCHES = [
    MATCH_TABLE.format(name="matches_compact"),
    "INSERT INTO matches_compact SELECT id, candidate_id, job_id, resume_id, score, "
    + ", ".join(_PART_BP.format(p=p) for p in ("semantic", "skills", "experience", "location", "salary"))
    + f", 1, {_ISO_MICROS.format(c='created_at')}, {_ISO_MICROS.format(c='updated_at')} FROM matches",
    "DROP TABLE matches",
    "ALTER TABLE matches_compact RENAME TO matches",
    "CREATE INDEX matches_by_candidate ON matches(candidate_id, score DESC, id)",
    "CREATE INDEX matches_by_job ON matches(job_id, score DESC, id)",
    "CREATE INDEX matches_by_resume ON matches(resume_id)",
    # The bias audit reads the matches scored in a time window.
    "CREATE INDEX matches_by_update ON matches(updated_us)",
    _RANKED_BEYOND.format(side="candidate_id"),
    _RANKED_BEYOND.format(side="job_id"),
]
MIGRATIONS.append((12, _V12_COMPACT_MATCHES))

# The skills filter meets job skills kept as the employer spelled them: job_skills.skill now
# holds each required skill's lookup key (domain.job_skills.skill_key, registered as an SQL
# function by the database), and a search widens each skill asked for to all its spellings.
_V13_SKILL_KEYS = [
    "DELETE FROM job_skills",
    """INSERT OR IGNORE INTO job_skills(job_id, skill)
        SELECT jobs.id, skill_key(written.value) FROM jobs, json_each(jobs.required_skills) AS written
        WHERE skill_key(written.value) != ''""",
]
MIGRATIONS.append((13, _V13_SKILL_KEYS))

MIGRATIONS.extend(LATER_MIGRATIONS)
MIGRATIONS.extend(NEWEST_MIGRATIONS)
