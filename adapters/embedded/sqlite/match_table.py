"""The matches table as migrations create it, apart from the row code (match_rows.py): the
migrations run in every process before anything else, and need the DDL, not the domain's
matching modules (numpy and the scorer) that the row code imports."""
from __future__ import annotations

# As created by migration 12; later columns (preferences_bp, scoring_weights) are added by
# ALTER TABLE in ADDED_COLUMNS, and migration 30 replaces scoring_weights by weighting.
TABLE = """CREATE TABLE {name} (
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
        UNIQUE (candidate_id, job_id))"""

ADDED_COLUMNS = [
    # A part added to the score: rows scored before it show it as neutral.
    "ALTER TABLE matches ADD COLUMN preferences_bp INTEGER NOT NULL DEFAULT 5000",
    "ALTER TABLE matches ADD COLUMN scoring_weights TEXT NOT NULL DEFAULT ''",
]
