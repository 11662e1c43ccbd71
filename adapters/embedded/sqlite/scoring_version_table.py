"""The table recording which scoring made the stored match scores (scoring_version.py)."""
from __future__ import annotations

# Version 10's own upgrade (migration 43) queued every open job already, so the scores stored
# when this table arrives are version 10's, or are queued to become so.
SCORING_VERSION_TABLE = [
    "CREATE TABLE scoring_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)",
    "INSERT INTO scoring_version(id, version) VALUES (1, 10)",
]
