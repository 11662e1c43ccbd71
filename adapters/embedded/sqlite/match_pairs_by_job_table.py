"""The matches table copied so that a pair's uniqueness is keyed by its job first (migration
35 in migrations_later.py, run with foreign keys off)."""
from __future__ import annotations

# A pair's uniqueness keyed by its job first: a job's ~100 rows, written together, then land
# on a few neighbouring pages of that index instead of ~100 random ones (each page a write
# dirties is written again at COMMIT). Every lookup of a pair names both columns, and a
# candidate's rows are read through matches_by_candidate. SQLite cannot change a table's
# constraint in place: the table is copied (the view reading it dropped and made again).
_MATCH_COLUMNS = ("id, candidate_id, job_id, resume_id, score, semantic_bp, skills_bp, experience_bp, location_bp,"
                  " salary_bp, scoring_version, created_us, updated_us, preferences_bp, weighting")
MATCH_PAIRS_BY_JOB_STATEMENTS = [
    "DROP VIEW matches_with_weights",
    """CREATE TABLE matches_pairs_by_job (
        id TEXT PRIMARY KEY,
        candidate_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        resume_id TEXT NOT NULL REFERENCES resumes(id) ON DELETE CASCADE,
        score REAL NOT NULL,
        semantic_bp INTEGER NOT NULL,
        skills_bp INTEGER NOT NULL,
        experience_bp INTEGER NOT NULL,
        location_bp INTEGER NOT NULL,
        salary_bp INTEGER NOT NULL,
        scoring_version INTEGER NOT NULL,
        created_us INTEGER NOT NULL,
        updated_us INTEGER NOT NULL,
        preferences_bp INTEGER NOT NULL DEFAULT 5000,
        weighting INTEGER NOT NULL DEFAULT 0,
        UNIQUE (job_id, candidate_id))""",
    f"INSERT INTO matches_pairs_by_job(rowid, {_MATCH_COLUMNS}) SELECT rowid, {_MATCH_COLUMNS} FROM matches",
    "DROP TABLE matches",
    "ALTER TABLE matches_pairs_by_job RENAME TO matches",
    "CREATE INDEX matches_by_candidate ON matches(candidate_id, score DESC, id)",
    "CREATE INDEX matches_by_job ON matches(job_id, score DESC, id)",
    "CREATE INDEX matches_by_resume ON matches(resume_id)",
    "CREATE INDEX matches_by_update ON matches(updated_us)",
    "CREATE VIEW matches_with_weights AS SELECT m.*, w.weights AS scoring_weights FROM matches m"
    " LEFT JOIN match_weightings w ON w.id = m.weighting",
]
