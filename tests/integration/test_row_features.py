"""row_features.py computes bm25() again from what FTS5 reads of a row; a renewal after posts
serves those scores, so they must be FTS5's own, bit for bit. Checked on real FTS5 tables of
the index's definition: features read back from each phrase's score alone (in the index) and
from the probe (a copy of one row) agree, and give every score FTS5 gives, at every size of a
growing board (its statistics moving). The fence: a score the model does not give back
yields no features."""
from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator

import pytest

from adapters.embedded.sqlite.bm25_bound import CorpusStats, corpus_stats
from adapters.embedded.sqlite.fts_query_shape import query_shape
from adapters.embedded.sqlite.row_features import Probe, frequency_from_score, fts5_bm25, score_of
from adapters.embedded.sqlite.tie_groups import row_length

DEFINITION = "CREATE VIRTUAL TABLE jobs_fts USING fts5(\n title, description, skills, tokenize = 'porter unicode61')"
WEIGHTS = (10.0, 1.0, 4.0)
BM25 = "bm25(jobs_fts, 10.0, 1.0, 4.0)"
WORDS = ["senior", "engineer", "engineering", "data", "acme", "team", "cloud", "rust", "ops", "c++"]
QUERIES = ['"senior"*', '"data" "senior"*', '"engineer" "team" "ops"*']
# As job_search_sql.fts_query writes words with other names: OR groups, with a branch of two
# typed words (a row may hold one of them and match through another name: that phrase is then
# not counted), a name of two words, and a group beside a required word.
OR_QUERIES = ['(("senior" AND "data"*) OR "cloud ops" OR "rust")',
              '(("engineer") OR "team" OR "acme cloud") AND "data"*',
              '"ops" AND (("senior" AND "team") OR "engineering")']


def growing_board(seed: int) -> Iterator[tuple[sqlite3.Connection, CorpusStats]]:
    """A board of 160 random rows, yielded with its corpus statistics after every 16th row."""
    rng = random.Random(seed)
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute(DEFINITION)
    for n in range(160):
        texts = tuple(" ".join(rng.choice(WORDS) for _ in range(rng.choice(sizes)))
                      for sizes in ([1, 2, 4], [0, 3, 30, 200], [0, 1, 3]))
        db.execute("INSERT INTO jobs_fts VALUES (?, ?, ?)", texts)
        if n % 16 == 0:
            stats = corpus_stats(db.execute("SELECT block FROM jobs_fts_data WHERE id = 1").fetchone()[0], 3)
            assert stats is not None
            yield db, stats


@pytest.mark.parametrize("seed", [3, 11])
def test_scores_from_features_are_fts5s_own_as_the_board_grows(seed):
    probe = Probe(DEFINITION, "jobs_fts", WEIGHTS)
    compared = 0
    for db, stats in growing_board(seed):
        for query in QUERIES:
            each = query.split(" ")
            rows = [db.execute("SELECT count(*) FROM jobs_fts WHERE jobs_fts MATCH ?", (p,)).fetchone()[0]
                    for p in each]
            for rowid, score in db.execute(f"SELECT rowid, {BM25} FROM jobs_fts WHERE jobs_fts MATCH ?", (query,)):
                length = row_length(db.execute("SELECT sz FROM jobs_fts_docsize WHERE id = ?", (rowid,)).fetchone()[0], 3)
                alone = [db.execute(f"SELECT {BM25} FROM jobs_fts WHERE jobs_fts MATCH ? AND rowid = ?",
                                    (p, rowid)).fetchone()[0] for p in each]
                frequencies = tuple(frequency_from_score(s, length, stats, r) for s, r in zip(alone, rows))
                content = db.execute("SELECT title, description, skills FROM jobs_fts WHERE rowid = ?",
                                     (rowid,)).fetchone()
                assert probe.features([content], each) == [(length, frequencies)]
                assert score_of((length, frequencies), stats, rows) == score
                compared += 1
    assert compared > 300


def test_a_score_the_model_does_not_give_back_yields_no_frequency():
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute(DEFINITION)
    for texts in [("senior", "team", ""), ("acme", "ops rust", ""), ("cloud", "", "")]:
        db.execute("INSERT INTO jobs_fts VALUES (?, ?, ?)", texts)
    stats = corpus_stats(db.execute("SELECT block FROM jobs_fts_data WHERE id = 1").fetchone()[0], 3)
    assert stats is not None
    (score,) = db.execute(f"SELECT {BM25} FROM jobs_fts WHERE jobs_fts MATCH 'senior'").fetchone()
    assert frequency_from_score(score, 2, stats, 1) == 10.0
    assert frequency_from_score(score * (1 + 1e-15), 2, stats, 1) is None  # one place off
    assert frequency_from_score(score, 3, stats, 1) is None  # another length
    # The grouping of the operations matters: the same formula grouped otherwise differs.
    assert fts5_bm25([10.0], 2, stats, [1]) == score


@pytest.mark.parametrize("seed", [5, 17])
def test_scores_of_or_queries_are_the_phrases_counted_where_their_branch_matches(seed):
    """FTS5's bm25() of an OR query sums the per-phrase terms over the phrases counted for the
    row (a phrase whose branch fails the row counts 0, though the row holds it and the phrase's
    IDF counts the row): from each phrase's score alone and the query's shape, every hit's own
    score, bit for bit, and the probe's reading agrees (whole query included)."""
    probe = Probe(DEFINITION, "jobs_fts", WEIGHTS)
    compared = uncounted = 0
    for db, stats in growing_board(seed):
        for query in OR_QUERIES:
            shape = query_shape(query)
            assert shape is not None
            rows = [db.execute("SELECT count(*) FROM jobs_fts WHERE jobs_fts MATCH ?", (p,)).fetchone()[0]
                    for p in shape.phrases]
            for rowid, score in db.execute(f"SELECT rowid, {BM25} FROM jobs_fts WHERE jobs_fts MATCH ?", (query,)):
                length = row_length(db.execute("SELECT sz FROM jobs_fts_docsize WHERE id = ?", (rowid,)).fetchone()[0], 3)
                alone = [db.execute(f"SELECT {BM25} FROM jobs_fts WHERE jobs_fts MATCH ? AND rowid = ?",
                                    (p, rowid)).fetchone() for p in shape.phrases]
                frequencies = tuple(0.0 if a is None else frequency_from_score(a[0], length, stats, r)
                                    for a, r in zip(alone, rows))
                assert shape.matches(frequencies)
                uncounted += shape.counted(frequencies) != frequencies
                content = db.execute("SELECT title, description, skills FROM jobs_fts WHERE rowid = ?",
                                     (rowid,)).fetchone()
                assert probe.features([content], shape.phrases, (query, shape)) == [(length, frequencies)]
                assert score_of((length, frequencies), stats, rows, shape) == score
                compared += 1
            # Rows that are not hits: the shape says so too.
            for content in db.execute("SELECT title, description, skills FROM jobs_fts"
                                              " WHERE rowid NOT IN (SELECT rowid FROM jobs_fts WHERE jobs_fts MATCH ?)",
                                              (query,)):
                read = probe.features([tuple(content)], shape.phrases)
                assert read[0] is not None and not shape.matches(read[0][1])
                assert probe.features([tuple(content)], shape.phrases, (query, shape)) == read
    assert compared > 300 and uncounted > 10, (compared, uncounted)
