"""Rows that score alike are grouped by their length read from FTS5's `%_docsize` table
(tie_groups.row_length): SQLite's file format, not an API. Checked here against the texts'
own token counts and against the averages record's token total; if a SQLite upgrade changed
the record, this fails (and the grouping must be fenced off again)."""
from __future__ import annotations

import random

from adapters.embedded.sqlite.bm25_bound import corpus_stats
from adapters.embedded.sqlite.head_renewal import AVERAGES, FTS_COLUMNS
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from adapters.embedded.sqlite.tie_groups import row_length
from tests.integration.test_sqlite_search_renewal import a_job

# Words porter leaves whole and unicode61 keeps as one token each.
WORDS = ["kiwi", "plum", "fig", "lime", "date"]


async def test_each_rows_record_reads_as_its_tokens_over_all_columns(db):
    await db.execute("INSERT INTO organizations(id, name, created_at) VALUES ('o1', 'Acme', 'now')")
    jobs, rng = SqliteJobRepository(db), random.Random(5)
    tokens = {}
    for n in range(120):
        # Long rows too: a length past 127 takes a varint of two bytes.
        title = [rng.choice(WORDS) for _ in range(rng.randint(1, 4))]
        description = [rng.choice(WORDS) for _ in range(rng.choice([0, 3, 30, 200, 20_000]))]
        skills = [rng.choice(WORDS) for _ in range(rng.randint(0, 3))]
        job = a_job(n).model_copy(update={"title": " ".join(title), "description": " ".join(description),
                                          "required_skills": skills, "nice_to_have_skills": []})
        await jobs.add(job)
        tokens[job.id] = len(title) + len(description) + len(skills)
    (job,) = await jobs.get_many(["job-00007"])
    assert job is not None
    await jobs.update(job.model_copy(update={"title": "kiwi kiwi kiwi", "description": ""}))
    tokens["job-00007"] = 3 + len(job.required_skills)

    rows = await db.fetch_all(
        "SELECT j.id, d.sz FROM jobs_fts_docsize d JOIN jobs j ON j.rowid = d.id")
    assert {row["id"]: row_length(row["sz"], FTS_COLUMNS) for row in rows} == tokens
    averages = await db.fetch_one(f"SELECT {AVERAGES} AS averages")
    assert averages is not None
    stats = corpus_stats(averages["averages"], FTS_COLUMNS)
    assert stats is not None and stats.tokens == sum(tokens.values())


def test_a_record_that_does_not_read_as_one_varint_per_column_gives_no_length():
    assert row_length(b"\x01\x02\x03", FTS_COLUMNS) == 6
    assert row_length(b"\x81\x00\x00\x00", FTS_COLUMNS) == 128
    assert row_length(b"\x01\x02", FTS_COLUMNS) is None
    assert row_length(b"\x01\x02\x03\x04", FTS_COLUMNS) is None
    assert row_length(None, FTS_COLUMNS) is None
