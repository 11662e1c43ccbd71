"""Which jobs changed at which search generation: a short log written by the same triggers
that move the generation, inside every writer's own transaction (any process).

A kept ranking of generation g is renewed at g' from the rows logged in (g, g'] instead of
being ranked afresh (adapters/embedded/sqlite/head_renewal.py). Each change logs the rowid
of the job it touched with the generation it produced, and the log keeps the last
`KEPT_CHANGES` generations: a ranking older than that is ranked afresh.

An edit or a delete also keeps what the search index held for the row just before it
(`job_search_prior_text`, same generation, same pruning): the repository re-indexes a job
after its `jobs` row is written, so the trigger still reads the old text. A renewal from the
changed rows alone (renewal_after_posts.py) needs it to take the row's old part out of
BM25's statistics exactly (its length, the phrases it held).
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


# `indexed` 0: the index held no row of that rowid (then the texts are NULL).
_PRIOR = (
    "INSERT INTO job_search_prior_text(generation, job_rowid, indexed, title, description, skills)"
    " SELECT g.n, old.rowid, f.rowid IS NOT NULL, f.title, f.description, f.skills"
    " FROM job_search_generation g LEFT JOIN jobs_fts f ON f.rowid = old.rowid;"
)
_PRUNE_PRIOR = _PRUNE.replace("job_search_changes", "job_search_prior_text")


def _trigger(event: str, rowids: tuple[str, ...], prior: bool = False) -> str:
    logged = "\n".join(_LOG.format(rowid=rowid, condition=" WHERE new.rowid != old.rowid" if n else "")
                       for n, rowid in enumerate(rowids))
    # Migration 20's triggers exactly as released when `prior` is False.
    pruned = f"{_PRUNE}\n        {_PRIOR}\n        {_PRUNE_PRIOR}" if prior else _PRUNE
    return f"""CREATE TRIGGER job_search_generation_on_{event.lower()} AFTER {event} ON jobs BEGIN
        UPDATE job_search_generation SET n = n + 1;
        {logged}
        {pruned}
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

PRIOR_TEXT_MIGRATION = [
    "CREATE TABLE job_search_prior_text (generation INTEGER NOT NULL, job_rowid INTEGER NOT NULL,"
    " indexed INTEGER NOT NULL, title TEXT, description TEXT, skills TEXT,"
    " PRIMARY KEY (generation, job_rowid)) WITHOUT ROWID",
    *(f"DROP TRIGGER job_search_generation_on_{event}" for event in ("update", "delete")),
    _trigger("UPDATE", ("old.rowid", "new.rowid"), prior=True),
    _trigger("DELETE", ("old.rowid",), prior=True),
]
