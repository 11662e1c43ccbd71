"""The bound reads N and the token total from FTS5's averages record (bm25_bound.corpus_stats):
SQLite's file format, not an API. Checked here against what SQLite itself says: count(*) of
the table, and bm25() scores recomputed from the record by FTS5's formula. If a SQLite
upgrade changed either, this fails (and the renewal must be fenced off again)."""
from __future__ import annotations

import random

import pytest

from adapters.embedded.sqlite.bm25_bound import bm25_model, corpus_stats
from adapters.embedded.sqlite.head_renewal import AVERAGES, FTS_COLUMNS
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from tests.integration.test_sqlite_search_renewal import a_job

# Words porter leaves whole and unicode61 keeps as one token each.
WORDS = ["kiwi", "plum", "fig", "lime", "date"]


async def test_the_record_reads_as_the_tables_rows_and_tokens_and_reproduces_bm25(db):
    await db.execute("INSERT INTO organizations(id, name, created_at) VALUES ('o1', 'Acme', 'now')")
    jobs, rng = SqliteJobRepository(db), random.Random(3)
    texts = {}
    for n in range(150):
        title = [rng.choice(WORDS) for _ in range(rng.randint(1, 4))]
        description = [rng.choice(WORDS) for _ in range(rng.randint(0, 30))]
        skills = [rng.choice(WORDS) for _ in range(rng.randint(0, 3))]
        job = a_job(n).model_copy(update={"title": " ".join(title), "description": " ".join(description),
                                          "required_skills": skills, "nice_to_have_skills": []})
        await jobs.add(job)
        texts[job.id] = (title, description, skills)
    # And an edit, which FTS5 counts as a delete and an insert.
    (job,) = await jobs.get_many(["job-00007"])
    assert job is not None
    await jobs.update(job.model_copy(update={"title": "kiwi kiwi"}))
    texts["job-00007"] = (["kiwi", "kiwi"], texts["job-00007"][1], texts["job-00007"][2])

    row = await db.fetch_one(f"SELECT {AVERAGES} AS averages, (SELECT count(*) FROM jobs_fts) AS n")
    assert row is not None
    stats = corpus_stats(row["averages"], FTS_COLUMNS)
    assert stats is not None
    assert stats.rows == row["n"] == 150
    assert stats.tokens == sum(len(t) + len(d) + len(s) for t, d, s in texts.values())

    holding = sum("kiwi" in t + d + s for t, d, s in texts.values())
    scored = await db.fetch_all(
        "SELECT j.id, bm25(jobs_fts, 10.0, 1.0, 4.0) AS score FROM jobs_fts"
        " JOIN jobs j ON j.rowid = jobs_fts.rowid WHERE jobs_fts MATCH '\"kiwi\"'")
    assert len(scored) == holding
    for hit in scored:
        title, description, skills = texts[hit["id"]]
        weighted = 10 * title.count("kiwi") + description.count("kiwi") + 4 * skills.count("kiwi")
        length = len(title) + len(description) + len(skills)
        assert hit["score"] == pytest.approx(bm25_model([weighted], length, stats, [holding]), rel=1e-12)
