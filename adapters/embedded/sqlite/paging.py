"""Keyset pages in SQL: `WHERE (sort key) after (cursor) ORDER BY sort key LIMIT first+1`.

Each list's order ends in a unique column (the id), so a position is exact, and an index
with the same columns and directions lets SQLite seek to the position and read one page:
the cost follows the page, not the list. One page per parent is one statement: a UNION ALL
of each parent's own LIMITed read (a window over whole partitions would number every row)."""
from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rows import one_row
from domain.pagination import TOTAL_COUNT_BOUND, Page, PageRequest, Position, cut_page

T = TypeVar("T")
# SQLite's default limit on the terms of one compound SELECT is 500.
_PARENTS_PER_STATEMENT = 200


@dataclass(frozen=True)
class SortKey:
    """Columns of an order, each with its direction; the last must be unique."""

    columns: tuple[tuple[str, bool], ...]  # (column, descending)
    types: tuple[type, ...]

    def order_by(self, alias: str = "") -> str:
        return ", ".join(f"{alias}{c} {'DESC' if d else 'ASC'}" for c, d in self.columns)

    def position(self, row: sqlite3.Row) -> Position:
        return tuple(row[c.rpartition(".")[2]] for c, _ in self.columns)

    def after(self, position: Position | None, alias: str = "") -> tuple[str, list[Any]]:
        """The condition "sorts after `position`", with a plain bound on the first column
        in front so SQLite seeks the index to it instead of filtering from the start."""
        if position is None:
            return "", []
        first_column, first_desc = self.columns[0]
        clauses: list[str] = []
        params: list[Any] = []
        for i, (column, descending) in enumerate(self.columns):
            equal = [f"{alias}{c} = ?" for c, _ in self.columns[:i]]
            clauses.append("(" + " AND ".join([*equal, f"{alias}{column} {'<' if descending else '>'} ?"]) + ")")
            params.extend([*position[:i], position[i]])
        bound = f"{alias}{first_column} {'<=' if first_desc else '>='} ?"
        return f" AND {bound} AND ({' OR '.join(clauses)})", [position[0], *params]

    def compare(self, a: Position, b: Position) -> int:
        x: Any
        y: Any  # one column's values share its type (its sort key's), so they compare
        for x, y, (_, descending) in zip(a, b, self.columns):
            if x != y:
                return (-1 if x < y else 1) * (-1 if descending else 1)
        return 0


async def page_of_rows(
    db: Database, *, select: str, where: str, params: Sequence[Any], key: SortKey, page: PageRequest,
    convert: Callable[[sqlite3.Row], T], count_from: str | None = None,
) -> Page[T]:
    """One list's page: `select` is "SELECT ... FROM ..." and `where` its condition."""
    after_sql, after_params = key.after(page.after_as(*key.types))
    rows = await db.fetch_all(
        f"{select} WHERE {where}{after_sql} ORDER BY {key.order_by()} LIMIT ?",
        [*params, *after_params, page.first + 1],
    )
    total, estimate = 0, False
    if page.want_total:
        total, estimate = await bounded_count(db, count_from or select, where, params)
    return cut_page(rows, page.first, convert, key.position, total, estimate)


async def bounded_count(db: Database, source: str, where: str, params: Sequence[Any]) -> tuple[int, bool]:
    """An exact count up to TOTAL_COUNT_BOUND, else the bound and True (a lower bound)."""
    row = one_row(await db.fetch_one(
        f"SELECT count(*) FROM ({source} WHERE {where} LIMIT {TOTAL_COUNT_BOUND + 1})", list(params)
    ))
    found = row[0]
    return (TOTAL_COUNT_BOUND, True) if found > TOTAL_COUNT_BOUND else (found, False)


async def pages_by_parent(
    db: Database,
    *,
    table: str,
    parent_column: str,
    parent_ids: Sequence[str],
    key: SortKey,
    page: PageRequest,
    convert: Callable[[sqlite3.Row], T],
    where: str = "",
    params: Sequence[Any] = (),
) -> list[Page[T]]:
    if not parent_ids:
        return []
    unique = list(dict.fromkeys(parent_ids))
    after_sql, after_params = key.after(page.after_as(*key.types), "t.")
    extra = f" AND ({where})" if where else ""
    rows: list[sqlite3.Row] = []
    totals: dict[str, tuple[int, bool]] = {}
    for start in range(0, len(unique), _PARENTS_PER_STATEMENT):
        chunk = unique[start:start + _PARENTS_PER_STATEMENT]
        member = (
            f"SELECT * FROM (SELECT t.* FROM {table} t WHERE t.{parent_column} = ?{extra}{after_sql}"
            f" ORDER BY {key.order_by('t.')} LIMIT ?)"
        )
        rows.extend(await db.fetch_all(
            " UNION ALL ".join([member] * len(chunk)),
            [value for parent in chunk for value in (parent, *params, *after_params, page.first + 1)],
        ))
        if page.want_total:
            totals.update(await _bounded_counts(db, table, parent_column, chunk, extra, params))
    grouped: dict[str, list[sqlite3.Row]] = {}
    for row in rows:
        grouped.setdefault(row[parent_column], []).append(row)
    def by_position(a: sqlite3.Row, b: sqlite3.Row) -> int:
        return key.compare(key.position(a), key.position(b))

    order = functools.cmp_to_key(by_position)
    pages = {}
    for parent in unique:
        total, estimate = totals.get(parent, (0, False))
        pages[parent] = cut_page(sorted(grouped.get(parent, []), key=order), page.first, convert, key.position,
                                 total, estimate)
    return [pages[p] for p in parent_ids]


async def _bounded_counts(
    db: Database, table: str, parent_column: str, parents: Sequence[str], extra: str, params: Sequence[Any]
) -> dict[str, tuple[int, bool]]:
    member = (
        f"SELECT ? AS parent, count(*) AS found FROM (SELECT 1 FROM {table} t"
        f" WHERE t.{parent_column} = ?{extra} LIMIT {TOTAL_COUNT_BOUND + 1})"
    )
    rows = await db.fetch_all(
        " UNION ALL ".join([member] * len(parents)),
        [value for parent in parents for value in (parent, parent, *params)],
    )
    return {
        row["parent"]: (TOTAL_COUNT_BOUND, True) if row["found"] > TOTAL_COUNT_BOUND else (row["found"], False)
        for row in rows
    }
