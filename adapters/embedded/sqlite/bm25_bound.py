"""How far FTS5's bm25() score of an unchanged job can move when other jobs change.

FTS5 scores a row D for a query of phrases q as

    |score| = sum_q IDF(q) * f(q,D) * (k1 + 1) / (f(q,D) + k1 * (1 - b + b * |D| / avgdl))

with k1 = 1.2, b = 0.75, f(q,D) the phrase's hits in D weighted by column, |D| the row's
tokens over all columns, avgdl the table's tokens per row, IDF(q) = log((N - n + 0.5) /
(n + 0.5)) clamped to 1e-6 when not positive, N the rows and n the rows holding q. For a row
that did not change only N, n and avgdl move, so its new |score| is at most

    max_q IDF'(q) / IDF(q)  *  max(1, avgdl' / avgdl)   times its old |score|

(each term's length part (f + K) / (f + K') is at most K / K' <= avgdl' / avgdl when the
average grew, and at most 1 when it shrank). With c row changes since the ranking, every n
moved by at most c, so IDF' is at most the clamped IDF of (N', n - c): N' and avgdl' are
read exactly from the index (and n' too, counted, when the pessimistic bound proves too
little: the IDF ratio is then exact). A kept ranking's prefix stays exact down to the first row whose
new |score| is not strictly above that factor times the old score of the best row it did not
keep (tests/integration/test_bm25_renewal_property.py checks it against fresh rankings).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from adapters.embedded.sqlite.fts_query_shape import query_shape

_K1 = 1.2
_B = 0.75
_IDF_FLOOR = 1e-6
# Room for the rounding of FTS5's double arithmetic (sums of a few terms, ~1e-16 each).
_ROUNDING = 1e-9


@dataclass(frozen=True)
class CorpusStats:
    """What bm25() reads of the whole index: its rows and their tokens over all columns."""

    rows: int
    tokens: int

    @property
    def average_length(self) -> float:
        return self.tokens / self.rows if self.rows else 0.0


def idf(rows: int, rows_with_phrase: int) -> float:
    value = math.log((rows - rows_with_phrase + 0.5) / (rows_with_phrase + 0.5))
    return value if value > 0 else _IDF_FLOOR


def growth_bound(
    then: CorpusStats, phrase_rows: tuple[int, ...], now: CorpusStats, changes: int,
    phrase_rows_now: tuple[int, ...] | None = None,
) -> float:
    """An upper bound on new |score| / old |score| for every row unchanged since `then`, when
    at most `changes` rows were added, edited or removed meanwhile; or, given the rows that
    hold each phrase now (counted at the same generation as `now`), the exact IDF ratios."""
    if then.rows == 0 or now.rows == 0 or then.tokens == 0:
        return math.inf
    if phrase_rows_now is None:
        phrase_rows_now = tuple(min(now.rows, max(0, n - changes)) for n in phrase_rows)
    idf_growth = max(
        (idf(now.rows, m) / idf(then.rows, n) for n, m in zip(phrase_rows, phrase_rows_now)), default=1.0
    )
    length_growth = max(1.0, now.average_length / then.average_length)
    return idf_growth * length_growth * (1 + _ROUNDING)


def phrases(match: str) -> list[str] | None:
    """The phrases of a query written by job_search_sql.fts_query (plain, or with OR groups for
    words with other names: fts_query_shape.py), each as a query of its own (for counting the
    rows that hold it); None for any other form of query, which is then ranked afresh after a
    change rather than bounded. The bound holds for OR groups as written: a row's score is a
    sum over the phrases it is counted for, each term moving by at most its own IDF ratio."""
    shape = query_shape(match)
    return list(shape.phrases) if shape is not None else None


def read_varint(blob: bytes, at: int) -> tuple[int, int]:
    """SQLite's varint (big-endian groups of 7 bits, the 9th byte whole): value, next offset."""
    value = 0
    for i in range(8):
        byte = blob[at + i]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    return (value << 8) | blob[at + 8], at + 9


def corpus_stats(averages: bytes | None, columns: int) -> CorpusStats | None:
    """N and the token total from FTS5's averages record (row id 1 of the `%_data` table:
    a varint row count, then one varint token total per column). That layout is SQLite's file
    format, not an API, so a record that does not read as exactly that gives None and the
    caller ranks afresh; tests/integration/test_fts5_averages_record.py checks it against
    count(*) and the tokens bm25 implies."""
    if not averages:
        return None
    try:
        rows, at = read_varint(averages, 0)
        tokens = 0
        for _ in range(columns):
            size, at = read_varint(averages, at)
            tokens += size
    except IndexError:
        return None
    if at != len(averages):
        return None
    return CorpusStats(rows, tokens)


def bm25_model(phrase_hits: list[float], length: int, stats: CorpusStats, phrase_rows: list[int]) -> float:
    """FTS5's bm25() (negative, lower is better) from its inputs: used by tests to check the
    bound's reading of the formula against SQLite's own scores."""
    total = 0.0
    for f, n in zip(phrase_hits, phrase_rows):
        total += idf(stats.rows, n) * f * (_K1 + 1) / (f + _K1 * (1 - _B + _B * length / stats.average_length))
    return -total
