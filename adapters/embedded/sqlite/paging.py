"""One page per parent in one query: row_number() and count() windows partitioned by parent."""
from __future__ import annotations

import sqlite3
from typing import Any, Callable, Sequence, TypeVar

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rows import placeholders
from domain.pagination import Page, PageRequest

T = TypeVar("T")


async def pages_by_parent(
    db: Database,
    *,
    table: str,
    parent_column: str,
    parent_ids: Sequence[str],
    order: str,
    page: PageRequest,
    convert: Callable[[sqlite3.Row], T],
    where: str = "",
    params: Sequence[Any] = (),
) -> list[Page[T]]:
    if not parent_ids:
        return []
    unique = list(dict.fromkeys(parent_ids))
    extra = f" AND ({where})" if where else ""
    rows = await db.fetch_all(
        f"SELECT * FROM (SELECT t.*, row_number() OVER (PARTITION BY {parent_column} ORDER BY {order})"
        f" AS _position, count(*) OVER (PARTITION BY {parent_column}) AS _total FROM {table} t"
        f" WHERE {parent_column} IN ({placeholders(len(unique))}){extra})"
        " WHERE _position > ? AND _position <= ? ORDER BY _position",
        [*unique, *params, page.offset, page.offset + page.first],
    )
    items: dict[str, list[T]] = {}
    totals: dict[str, int] = {}
    for row in rows:
        items.setdefault(row[parent_column], []).append(convert(row))
        totals[row[parent_column]] = row["_total"]
    missing = [p for p in unique if p not in totals]
    if missing:  # pages past the end still report their list's total
        counted = await db.fetch_all(
            f"SELECT {parent_column}, count(*) FROM {table} t WHERE {parent_column} IN"
            f" ({placeholders(len(missing))}){extra} GROUP BY {parent_column}",
            [*missing, *params],
        )
        totals.update({row[0]: row[1] for row in counted})
    return [Page(items.get(p, []), totals.get(p, 0), page.offset) for p in parent_ids]
