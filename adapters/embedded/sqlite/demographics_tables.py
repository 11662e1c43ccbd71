"""Migration version 8: candidates' voluntary self-identification for the bias audit, in a
table of its own (never joined into the profile or read by matching)."""
from __future__ import annotations

DEMOGRAPHICS_TABLES = [
    """CREATE TABLE self_identifications (
        user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        sex TEXT,
        race_ethnicity TEXT,
        updated_at TEXT NOT NULL)""",
    # The audit ranks each job's matches scored in a window.
    "CREATE INDEX matches_by_update ON matches(updated_at)",
]
