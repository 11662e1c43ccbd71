"""Schema migrations from 47 on (migrations_later.py holds 14 to 46); appended to MIGRATIONS
in order. Never edit a released migration: append a new version here."""
from __future__ import annotations

from adapters.embedded.sqlite.address_holds import HELD_ADDRESSES
from adapters.embedded.sqlite.exact_salary_columns import EXACT_SALARY_COLUMNS
from adapters.embedded.sqlite.match_digest_table import MATCH_DIGEST_DAY_ENDS
from adapters.embedded.sqlite.organization_pipeline_column import ORGANIZATION_PIPELINE
from adapters.embedded.sqlite.scoring_version_table import SCORING_VERSION_TABLE

NEWEST_MIGRATIONS: list[tuple[int, list[str]]] = []

# A hiring team's pipeline across its jobs (organization_pipeline_column.py).
NEWEST_MIGRATIONS.append((47, ORGANIZATION_PIPELINE))

# When a job closed (domain.jobs.Job.closed_at). Closed jobs stored before take their last
# change, which was their close unless an admin took the job down after.
NEWEST_MIGRATIONS.append((48, [
    "ALTER TABLE jobs ADD COLUMN closed_at TEXT",
    "UPDATE jobs SET closed_at = updated_at WHERE status = 'CLOSED'",
]))

# The daily digest by each person's own day: when each waiting entry's day ends.
NEWEST_MIGRATIONS.append((49, MATCH_DIGEST_DAY_ENDS))

# Which scoring made the stored scores (scoring_version.py): a newer one rescored at its start.
NEWEST_MIGRATIONS.append((50, SCORING_VERSION_TABLE))

# Salaries to the penny (exact_salary_columns.py).
NEWEST_MIGRATIONS.append((51, EXACT_SALARY_COLUMNS))

# When a job stops taking applications (domain.jobs.Job.closes_at), and the open jobs the
# closing sweep looks for, soonest first (a partial index: most jobs have no closing time).
NEWEST_MIGRATIONS.append((52, [
    "ALTER TABLE jobs ADD COLUMN closes_at TEXT",
    "CREATE INDEX jobs_due_to_close ON jobs(closes_at, id) WHERE status = 'OPEN' AND closes_at IS NOT NULL",
]))

# A client's key for one job post (domain.job_post_keys): a repeat finds the job the first
# stored. Unique per poster, so two racing repeats cannot both insert.
NEWEST_MIGRATIONS.append((53, [
    "ALTER TABLE jobs ADD COLUMN post_key TEXT",
    "ALTER TABLE jobs ADD COLUMN post_fingerprint TEXT",
    "CREATE UNIQUE INDEX jobs_post_key ON jobs(posted_by, post_key) WHERE post_key IS NOT NULL",
]))

# Skill names are read as words of any script, accents folded (domain.skills.tokens): keys
# written before cut "Électricité" to "lectricit". The jobs stored before are keyed again, as
# the repository keys a job it writes (as 42 did).
NEWEST_MIGRATIONS.append((54, [
    "DELETE FROM job_skills",
    """INSERT OR IGNORE INTO job_skills(job_id, skill)
       SELECT jobs.id, key.value FROM jobs, json_each(job_skill_keys(jobs.required_skills)) AS key""",
]))

# What each submission of an application was sent with (domain.applications.ApplicationEvent):
# one sent again after a withdrawal may carry another résumé and cover letter.
NEWEST_MIGRATIONS.append((55, [
    "ALTER TABLE application_events ADD COLUMN resume_id TEXT",
    "ALTER TABLE application_events ADD COLUMN cover_letter TEXT",
]))

# Which lexical analyzer made the stored term vectors (adapters/embedded/sqlite/lexical_analyzer.py):
# those made before were the first one's. A start with another analyzer makes them again.
NEWEST_MIGRATIONS.append((56, [
    "CREATE TABLE lexical_analyzer (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)",
    "INSERT INTO lexical_analyzer(id, version) VALUES (1, 1)",
]))

# An address given up by a change, held for its account while the undo link works (address_holds.py).
NEWEST_MIGRATIONS.append((57, HELD_ADDRESSES))

# The identity provider's user (issuer and subject) an account was linked to at its first sign-in
# there (adapters/embedded/sqlite/users.py): found by it from then on, whatever its address.
NEWEST_MIGRATIONS.append((58, [
    "ALTER TABLE users ADD COLUMN external_identity TEXT",
    "CREATE UNIQUE INDEX users_external_identity ON users(external_identity) WHERE external_identity IS NOT NULL",
]))

# When the account's link to the identity provider's user was last ended (users.py): a sign-in
# made before then (an ID token issued before an unlink still carries the address) links no more.
NEWEST_MIGRATIONS.append((59, ["ALTER TABLE users ADD COLUMN identity_unlinked_at TEXT"]))

# Résumés an organization received with an application (domain.resumes.Resume.sent_to_employer):
# the same bytes uploaded again no longer rename them. Those sent before are found from the
# applications and from each submission's event (an application sent again with another résumé).
NEWEST_MIGRATIONS.append((60, [
    "ALTER TABLE resumes ADD COLUMN sent_to_employer INTEGER NOT NULL DEFAULT 0",
    """UPDATE resumes SET sent_to_employer = 1
       WHERE id IN (SELECT resume_id FROM applications WHERE resume_id IS NOT NULL)
          OR id IN (SELECT resume_id FROM application_events WHERE resume_id IS NOT NULL)""",
]))

# When an organization closed with its last member's account (organization_members.py): its
# name_key is cleared in the same write, so another organization may take the name.
NEWEST_MIGRATIONS.append((61, ["ALTER TABLE organizations ADD COLUMN closed_at TEXT"]))
