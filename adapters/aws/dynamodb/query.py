"""Lists as Query calls on a GSI partition: a slice at an offset, the total, or everything.

The contract's cursors are offsets and DynamoDB has no OFFSET, so a page reads
offset+first entries and drops the first `offset`; totals are counted with Select=COUNT
(docs/dynamodb.md says why counts are not kept as counters here)."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any, AsyncIterator, Callable, Sequence, TypeVar

from boto3.dynamodb.conditions import ConditionBase, ConditionExpressionBuilder

from adapters.aws.dynamodb.access import DynamoTable, Item
from adapters.aws.dynamodb.codec import to_value
from domain.pagination import Page, PageRequest

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

    def request(self, table_name: str) -> dict[str, Any]:
        prefix = self.index or ""
        names = {"#pk": f"{prefix}PK"}
        values = {":pk": {"S": self.partition}}
        condition = "#pk = :pk"
        if self.sort_below is not None:
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


async def _responses(table: DynamoTable, request: dict[str, Any]) -> AsyncIterator[dict[str, Any]]:
    while True:
        response = await table.client.query(**request)
        yield response
        last = response.get("LastEvaluatedKey")
        if not last:
            return
        request = {**request, "ExclusiveStartKey": last}


async def read_slice(table: DynamoTable, query: ListQuery, offset: int, first: int) -> list[Item]:
    wanted = offset + first
    if first == 0:
        return []
    request = query.request(table.name)
    if query.where is None:  # Limit counts entries before filtering, so only without one
        request["Limit"] = wanted
    items: list[Item] = []
    async for response in _responses(table, request):
        items.extend(response.get("Items", []))
        if len(items) >= wanted:
            break
    return items[offset:wanted]


async def read_all(table: DynamoTable, query: ListQuery) -> list[Item]:
    items: list[Item] = []
    async for response in _responses(table, query.request(table.name)):
        items.extend(response.get("Items", []))
    return items


async def count(table: DynamoTable, query: ListQuery) -> int:
    total = 0
    async for response in _responses(table, {**query.request(table.name), "Select": "COUNT"}):
        total += response.get("Count", 0)
    return total


async def read_page(
    table: DynamoTable, query: ListQuery, page: PageRequest, convert: Callable[[Item], T]
) -> Page[T]:
    items, total = await asyncio.gather(read_slice(table, query, page.offset, page.first), count(table, query))
    return Page([convert(item) for item in items], total, page.offset)


async def read_pages(
    table: DynamoTable, queries: Sequence[ListQuery], page: PageRequest, convert: Callable[[Item], T]
) -> list[Page[T]]:
    """One page per parent, the parents' queries running side by side."""
    # One call shares one filter, so the partition names a query (conditions are unhashable).
    unique = {(q.index, q.partition, q.sort_below): q for q in queries}
    pages = await asyncio.gather(*(read_page(table, q, page, convert) for q in unique.values()))
    by_query = dict(zip(unique, pages))
    return [by_query[(q.index, q.partition, q.sort_below)] for q in queries]


def page_of(items: list[T], page: PageRequest) -> Page[T]:
    """A page cut from a list already read whole (and filtered) in memory."""
    return Page(items[page.offset : page.offset + page.first], len(items), page.offset)
