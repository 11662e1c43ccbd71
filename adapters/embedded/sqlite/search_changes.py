"""Which jobs changed at which search generation: a short log written by the same triggers
that move the generation, inside every writer's own transaction (any process).

A kept ranking of generation g is renewed at g' from the rows logged in (g, g'] instead of
being ranked afresh (adapters/embedded/sqlite/head_renewal.py). Each change logs the rowid
of the job it touched with the generation it produced, and the log keeps the last
`KEPT_CHANGES` generations: a ranking older than that is ranked afresh.
"""
from __future__ import annotations

KEPT_CHANGES = 4096

# No "OR IGNORE": a trigger run by a foreign key's action (ON DELETE SET NULL on jobs.posted_by
# when an employer is erased) takes the action's ABORT instead, so the log never inserts a
# pair twice (an update that keeps its rowid logs it once).
_LOG = (
    "INSERT INTO job_search_changes(generation, job_rowid)"
    " SELECT n, {rowid} FROM job_search_generation{condition};"
)
_PRUNE = (
    f"DELETE FROM job_search_changes WHERE generation <= (SELECT n FROM job_search_generation) - {KEPT_CHANGES};"
)


def _trigger(event: str, rowids: tuple[str, ...]) -> str:
    logged = "\n".join(_LOG.format(rowid=rowid, condition=" WHERE new.rowid != old.rowid" if n else "")
                       for n, rowid in enumerate(rowids))
    return f"""CREATE TRIGGER job_search_generation_on_{event.lower()} AFTER {event} ON jobs BEGIN
        UPDATE job_search_generation SET n = n + 1;
        {logged}
        {_PRUNE}
        END"""


CHANGE_LOG_MIGRATION = [
    "CREATE TABLE job_search_changes (generation INTEGER NOT NULL, job_rowid INTEGER NOT NULL,"
    " PRIMARY KEY (generation, job_rowid)) WITHOUT ROWID",
    *(f"DROP TRIGGER job_search_generation_on_{event}" for event in ("insert", "update", "delete")),
    _trigger("INSERT", ("new.rowid",)),
    # A rowid can itself be updated: both the row it left and the row it became changed.
    _trigger("UPDATE", ("old.rowid", "new.rowid")),
    _trigger("DELETE", ("old.rowid",)),
]
