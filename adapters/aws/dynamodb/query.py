"""Lists as Query calls on a GSI partition: a keyset page, the total, or everything.

A page's position is the sort-key value of its last item (every list's sort key ends in
the item's id, so it is unique): the next page is a key condition "after that value",
read from there, so a page costs about `first` items whatever the list's length and
stays put when items are inserted or deleted before it. Totals are counted with
Select=COUNT only when asked, and stop at TOTAL_COUNT_BOUND (docs/dynamodb.md says why
counts are not kept as counters here)."""
from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from boto3.dynamodb.conditions import ConditionBase, ConditionExpressionBuilder

from adapters.aws.dynamodb.access import DynamoTable, Item
from adapters.aws.dynamodb.codec import to_value
from domain.pagination import TOTAL_COUNT_BOUND, Page, PageRequest, cut_page, foreign_position

T = TypeVar("T")


@dataclass(frozen=True)
class ListQuery:
    """One partition of a GSI (or of the table itself when index is None)."""

    index: str | None
    partition: str
    ascending: bool = False
    sort_below: str | None = None
    sort_prefix: str | None = None
    where: ConditionBase | None = None
    # Only the table itself offers strongly consistent reads; its GSIs lag a little.
    consistent: bool = False
    # Keyset position: only sort keys past this one, in the direction of the read.
    after: str | None = None

    @property
    def sort_attribute(self) -> str:
        return f"{self.index or ''}SK"

    def request(self, table_name: str) -> dict[str, Any]:
        prefix = self.index or ""
        names = {"#pk": f"{prefix}PK"}
        values = {":pk": {"S": self.partition}}
        condition = "#pk = :pk"
        if self.after is not None:
            if self.sort_prefix is not None:
                raise ValueError("a keyset position and a sort-key prefix do not combine")
            names["#sk"] = f"{prefix}SK"
            if not self.ascending:
                below = self.after if self.sort_below is None else min(self.after, self.sort_below)
                values[":sk"] = {"S": below}
                condition += " AND #sk < :sk"
            elif self.sort_below is None:
                values[":sk"] = {"S": self.after}
                condition += " AND #sk > :sk"
            else:
                # One key condition per read: BETWEEN is inclusive, so the bounds are
                # moved in ("\0" is the least suffix); empty_range guards lo > hi.
                values[":lo"] = {"S": self.after + "\0"}
                values[":hi"] = {"S": self.sort_below}
                condition += " AND #sk BETWEEN :lo AND :hi"
        elif self.sort_below is not None:
            names["#sk"] = f"{prefix}SK"
            values[":sk"] = {"S": self.sort_below}
            condition += " AND #sk < :sk"
        elif self.sort_prefix is not None:
            names["#sk"] = f"{prefix}SK"
            values[":sk"] = {"S": self.sort_prefix}
            condition += " AND begins_with(#sk, :sk)"
        request: dict[str, Any] = {
            "TableName": table_name,
            "KeyConditionExpression": condition,
            "ScanIndexForward": self.ascending,
        }
        if self.index is not None:
            request["IndexName"] = self.index
        if self.consistent:
            request["ConsistentRead"] = True
        if self.where is not None:
            built = ConditionExpressionBuilder().build_expression(self.where)
            request["FilterExpression"] = built.condition_expression
            names.update(built.attribute_name_placeholders)
            values.update({k: to_value(v) for k, v in built.attribute_value_placeholders.items()})
        request["ExpressionAttributeNames"] = names
        request["ExpressionAttributeValues"] = values
        return request


async def responses(table: DynamoTable, request: dict[str, Any], *,
                    scan: bool = False) -> AsyncIterator[dict[str, Any]]:
    """Every response of a Query (or a Scan), following LastEvaluatedKey to the end."""
    call = table.client.scan if scan else table.client.query
    while True:
        response = await call(**request)
        yield response
        last = response.get("LastEvaluatedKey")
        if not last:
            return
        request = {**request, "ExclusiveStartKey": last}


async def read_slice(table: DynamoTable, query: ListQuery, offset: int, first: int) -> list[Item]:
    """The first `first` entries from `offset` (probes such as "is there any?" use it)."""
    wanted = offset + first
    if first == 0:
        return []
    request = query.request(table.name)
    if query.where is None:  # Limit counts entries before filtering, so only without one
        request["Limit"] = wanted
    items: list[Item] = []
    async for response in responses(table, request):
        items.extend(response.get("Items", []))
        if len(items) >= wanted:
            break
    return items[offset:wanted]


def empty_range(query: ListQuery) -> bool:
    """A keyset position already past the query's bound (DynamoDB refuses BETWEEN lo AND hi
    with lo > hi)."""
    return bool(query.ascending and query.after is not None and query.sort_below is not None
                and query.after + "\0" > query.sort_below)


async def read_after(table: DynamoTable, query: ListQuery, first: int) -> list[Item]:
    """Up to `first` entries past the query's position, reading no further than needed."""
    if first <= 0 or empty_range(query):
        return []
    request = query.request(table.name)
    # Limit counts entries before any filter; one extra read or two is cheaper than a scan.
    request["Limit"] = first if query.where is None else max(first * 2, 10)
    items: list[Item] = []
    async for response in responses(table, request):
        items.extend(response.get("Items", []))
        if len(items) >= first:
            break
    return items[:first]


async def read_all(table: DynamoTable, query: ListQuery) -> list[Item]:
    items: list[Item] = []
    async for response in responses(table, query.request(table.name)):
        items.extend(response.get("Items", []))
    return items


async def count(table: DynamoTable, query: ListQuery, bound: int | None = None) -> int:
    """Entries in the partition; with a bound, stops once more than `bound` are counted."""
    total = 0
    async for response in responses(table, {**query.request(table.name), "Select": "COUNT"}):
        total += response.get("Count", 0)
        if bound is not None and total > bound:
            break
    return total


async def bounded_total(table: DynamoTable, query: ListQuery) -> tuple[int, bool]:
    found = await count(table, replace(query, after=None), TOTAL_COUNT_BOUND)
    return (TOTAL_COUNT_BOUND, True) if found > TOTAL_COUNT_BOUND else (found, False)


# DynamoDB refuses empty key values and sort keys over 1,024 bytes (a ValidationException,
# which would surface as a server error): such a position cannot be one of ours.
_MAX_SORT_KEY_BYTES = 1000


def positioned(query: ListQuery, page: PageRequest) -> ListQuery:
    after = page.after_as(str)
    if after is None:
        return query
    (key,) = after
    if not isinstance(key, str) or not 0 < len(key.encode()) <= _MAX_SORT_KEY_BYTES:
        raise foreign_position()
    return replace(query, after=key)


async def read_page(
    table: DynamoTable, query: ListQuery, page: PageRequest, convert: Callable[[Item], T]
) -> Page[T]:
    query = positioned(query, page)
    if page.want_total:
        items, (total, estimate) = await asyncio.gather(
            read_after(table, query, page.first + 1), bounded_total(table, query))
    else:
        items, (total, estimate) = await read_after(table, query, page.first + 1), (0, False)
    attribute = query.sort_attribute
    return cut_page(items, page.first, convert, lambda item: (item[attribute]["S"],), total, estimate)


async def read_pages(
    table: DynamoTable, queries: Sequence[ListQuery], page: PageRequest, convert: Callable[[Item], T]
) -> list[Page[T]]:
    """One page per parent, the parents' queries running side by side."""
    # One call shares one filter, so the partition names a query (conditions are unhashable).
    unique = {(q.index, q.partition, q.sort_below): q for q in queries}
    pages = await asyncio.gather(*(read_page(table, q, page, convert) for q in unique.values()))
    by_query = dict(zip(unique, pages))
    return [by_query[(q.index, q.partition, q.sort_below)] for q in queries]


async def read_batches(table: DynamoTable, query: ListQuery, batch: int) -> AsyncIterator[list[Item]]:
    """The query's entries from its position on, `batch` at a time, for a caller that
    filters them further and stops once it has a page."""
    if empty_range(query):
        return
    async for response in responses(table, {**query.request(table.name), "Limit": batch}):
        yield response.get("Items", [])
