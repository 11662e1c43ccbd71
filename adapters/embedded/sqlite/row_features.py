"""What FTS5's bm25() reads of one row, so its score can be computed again under new statistics
without a pass over the index.

bm25() of a row depends on the row only through its length D (tokens over all columns) and,
per phrase of the query, its column-weighted frequency f (bm25_bound.py): its "features".
Given them, the row's score under any statistics (N, the rows holding each phrase n, the
token total) is `fts5_bm25`, the same double operations in the same order as
FTS5's C code (fts5Bm25Function), so equal inputs give the same bits. That is checked, not
assumed: features are only ever taken from a score when the model gives back that score
exactly, and a whole ranking's features only when the model gives back every score of the
ranking (tests/integration/test_row_features.py compares them with FTS5 over random boards).

Features come from bm25() of each phrase alone (for a fixed D, a phrase's score is strictly
increasing in f, so f is found by inverting it and rounding to the integer it must be: the
column weights are integers). For a row just written, the phrase scores are read from a
probe: an in-memory FTS5 table of the same definition holding only that row, so the cost
follows the row, not the index.

For an OR query (words with aliases) a phrase counts in bm25() only where its branch matches
the row (fts_query_shape.py): features stay f per phrase alone, and the shape gives what is
counted; the probe also runs the whole query on each row and checks the shape's reading.
"""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence

from adapters.embedded.sqlite.bm25_bound import CorpusStats, idf
from adapters.embedded.sqlite.fts_query_shape import QueryShape
from adapters.embedded.sqlite.tie_groups import row_length

# (D, f per phrase of the query).
RowFeatures = tuple[int, tuple[float, ...]]
_K1 = 1.2
_B = 0.75


def frequency_from_score(score: float, length: int, stats: CorpusStats, rows_with_phrase: int) -> float | None:
    """f of a row from bm25() of one phrase alone (negative), or None when no integer f gives
    back exactly that score under `stats`."""
    if score >= 0 or length <= 0 or stats.rows <= 0 or stats.tokens <= 0:
        return None
    weight = idf(stats.rows, rows_with_phrase)
    saturation = _K1 * (1 - _B + _B * length / stats.average_length)
    ratio = -score / weight  # f (k1 + 1) / (f + K)
    if not 0 < ratio < _K1 + 1:
        return None
    f = float(round(saturation * ratio / (_K1 + 1 - ratio)))
    if f >= 1 and fts5_bm25([f], length, stats, [rows_with_phrase]) == score:
        return f
    return None


def fts5_bm25(frequencies: Sequence[float], length: int, stats: CorpusStats, phrase_rows: Sequence[int]) -> float:
    """FTS5's bm25() with its operations in its order (fts5Bm25Function: the IDF times the
    quotient, summed over the phrases from 0.0, negated), so that equal inputs give the same
    bits; a different grouping of the same formula differs in the last place."""
    average = stats.tokens / stats.rows  # (double)nToken / (double)nRow: both exact below 2**53
    score = 0.0
    for f, n in zip(frequencies, phrase_rows):
        score += idf(stats.rows, n) * ((f * (_K1 + 1.0)) / (f + _K1 * (1 - _B + _B * float(length) / average)))
    return -1.0 * score


def score_of(features: RowFeatures, stats: CorpusStats, phrase_rows: Sequence[int],
             shape: QueryShape | None = None) -> float:
    """bm25() of a row with these features; with an OR query's `shape`, counting each phrase
    only where its branch matches the row, as FTS5 does."""
    frequencies = features[1] if shape is None else shape.counted(features[1])
    return fts5_bm25(frequencies, features[0], stats, phrase_rows)


class Probe:
    """An in-memory FTS5 table defined as the index is (columns, tokenizer, options), for
    reading the features of rows just written. One per renewal: a connection and a table cost
    ~0.2 ms."""

    def __init__(self, definition: str, table: str, weights: Sequence[float]) -> None:
        # The index's own CREATE statement with the probe's name: same tokenizer, same columns.
        self._sql = re.sub(rf"^\s*CREATE\s+VIRTUAL\s+TABLE\s+\"?{table}\"?", "CREATE VIRTUAL TABLE probe",
                           definition, count=1, flags=re.IGNORECASE)
        self._weights = ", ".join(repr(float(w)) for w in weights)
        self._columns = len(weights)

    def features(self, rows: Sequence[tuple[str | None, ...]], each_phrase: Sequence[str],
                 whole: tuple[str, QueryShape] | None = None) -> list[RowFeatures | None]:
        """Each row's features (its columns' texts as indexed), None where they cannot be
        read back exactly. f is 0 for a phrase the row does not hold. With `whole` (the query
        and its shape), also None unless the whole query on the row agrees with the shape: a
        hit exactly when the shape says so, and then bm25() exactly the model's, each phrase
        counted as the shape counts it (the reading of FTS5 an OR query relies on)."""
        found: list[RowFeatures | None] = []
        with sqlite3.connect(":memory:") as probe:
            probe.execute(self._sql)
            for texts in rows:
                probe.execute("DELETE FROM probe")
                probe.execute(f"INSERT INTO probe VALUES ({', '.join('?' * self._columns)})", texts)
                (sz,) = probe.execute("SELECT sz FROM probe_docsize").fetchone()
                length = row_length(sz, self._columns)
                if length is None:
                    found.append(None)
                    continue
                alone = CorpusStats(1, length)
                frequencies: list[float] = []
                for phrase in each_phrase:
                    hit = probe.execute(f"SELECT bm25(probe, {self._weights}) FROM probe WHERE probe MATCH ?",
                                        (phrase,)).fetchone()
                    frequencies.append(0.0 if hit is None else frequency_from_score(hit[0], length, alone, 1) or -1.0)
                if -1.0 in frequencies or (whole is not None and not self._agrees(probe, whole, length, frequencies)):
                    found.append(None)
                    continue
                found.append((length, tuple(frequencies)))
        return found

    def _agrees(self, probe: sqlite3.Connection, whole: tuple[str, QueryShape], length: int,
                frequencies: Sequence[float]) -> bool:
        match, shape = whole
        hit = probe.execute(f"SELECT bm25(probe, {self._weights}) FROM probe WHERE probe MATCH ?", (match,)).fetchone()
        if not shape.matches(frequencies):
            return hit is None
        holding = [1 if f > 0 else 0 for f in frequencies]
        return hit is not None and fts5_bm25(shape.counted(frequencies), length, CorpusStats(1, length), holding) == hit[0]


def ranking_features(
    hits: Sequence[tuple[float, str, str, int]], scores: dict[int, tuple[int | None, tuple[float | None, ...]]],
    stats: CorpusStats, phrase_rows: Sequence[int],
    read_under: tuple[CorpusStats, Sequence[int]] | None = None, shape: QueryShape | None = None,
) -> dict[int, RowFeatures] | None:
    """The features of every hit of a ranking, from each phrase's score alone (tie_groups.
    phrase_scores, read at the ranking's generation, or under `read_under`'s statistics when
    read later with the hits unchanged); None unless the model gives back every hit's own
    score exactly: then the model is not FTS5's arithmetic here, and nothing is computed from it.
    A phrase a hit does not hold alone (an OR query's other branches) reads None: f = 0."""
    read_stats, read_rows = read_under or (stats, phrase_rows)
    found: dict[int, RowFeatures] = {}
    # Rows of one template read alike: each distinct reading is inverted and scored once.
    read_as: dict[tuple[int, tuple[float | None, ...]], tuple[RowFeatures, float] | None] = {}
    for relevance, _, _, rowid in hits:
        read = scores.get(rowid)
        if read is None or read[0] is None or len(read[1]) != len(phrase_rows):
            return None
        key = (read[0], read[1])
        if key not in read_as:
            frequencies = tuple(0.0 if s is None else frequency_from_score(s, read[0], read_stats, n)
                                for s, n in zip(read[1], read_rows))
            features: RowFeatures = (read[0], frequencies)  # type: ignore[assignment]
            read_as[key] = None if None in frequencies else (features, score_of(features, stats, phrase_rows, shape))
        known = read_as[key]
        if known is None or known[1] != relevance:
            return None
        found[rowid] = known[0]
    return found
