"""The part weights a match was scored with, stored once per weighting: a stored match names its
weighting by a small integer (`matches.weighting`, 0 for a match stored before weights were
kept) instead of carrying ~100 bytes of the same JSON in every row. Weightings are only ever
added (one per scorer configuration), never changed or deleted, so an id read from a committed
match always names the same weights. Matches are read through the `matches_with_weights` view,
which puts the JSON back beside the row as `scoring_weights`."""
from __future__ import annotations

from collections.abc import Iterable

from adapters.embedded.sqlite.rows import placeholders
from adapters.embedded.sqlite.whole_transactions import Statements

READ_FROM = "matches_with_weights"

# Migration 30: the weights JSON of existing rows moved to match_weightings, exactly.
CREATE = [
    "CREATE TABLE match_weightings (id INTEGER PRIMARY KEY, weights TEXT NOT NULL UNIQUE)",
    "INSERT INTO match_weightings(weights) SELECT DISTINCT scoring_weights FROM matches"
    " WHERE scoring_weights != '' ORDER BY scoring_weights",
    "ALTER TABLE matches ADD COLUMN weighting INTEGER NOT NULL DEFAULT 0",
    "UPDATE matches SET weighting = (SELECT id FROM match_weightings w WHERE w.weights = matches.scoring_weights)"
    " WHERE scoring_weights != ''",
    "ALTER TABLE matches DROP COLUMN scoring_weights",
    # A LEFT JOIN on the weighting's primary key: SQLite drops the join from reads that do not
    # name scoring_weights (counts), and each page row costs one lookup in a table of a few rows.
    f"CREATE VIEW {READ_FROM} AS SELECT m.*, w.weights AS scoring_weights FROM matches m"
    " LEFT JOIN match_weightings w ON w.id = m.weighting",
]


async def weighting_ids(conn: Statements, weights: Iterable[str]) -> dict[str, int]:
    """The id of each weighting JSON in `weights` (added when new), inside the caller's
    write transaction: an id is never taken from a cache that a rollback could make stale."""
    wanted = list(dict.fromkeys(w for w in weights if w))
    if not wanted:
        return {}
    select = f"SELECT weights, id FROM match_weightings WHERE weights IN ({placeholders(len(wanted))})"
    # Read first (one trip to the connection's thread): a weighting is new only when the
    # weights change, and this transaction holds the write lock, so what it reads stays so.
    found = {row[0]: row[1] for row in await conn.execute_fetchall(select, wanted)}
    if len(found) == len(wanted):
        return found
    await conn.executemany("INSERT OR IGNORE INTO match_weightings(weights) VALUES (?)", [(w,) for w in wanted])
    return {row[0]: row[1] for row in await conn.execute_fetchall(select, wanted)}
