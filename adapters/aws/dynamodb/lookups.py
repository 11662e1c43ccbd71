"""get_many for every repository: one BatchGetItem round (chunked), answers in key order."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from pydantic import BaseModel

from adapters.aws.dynamodb.access import DynamoTable, Key
from adapters.aws.dynamodb.codec import to_model

M = TypeVar("M", bound=BaseModel)


def pair(key: Key) -> tuple[str, str]:
    return key["PK"]["S"], key["SK"]["S"]


async def get_many(
    table: DynamoTable, ids: Sequence[str], key_for: Callable[[str], Key], model: type[M]
) -> list[M | None]:
    """The model for each id, None where nothing is stored under it."""
    if not ids:
        return []
    found = await table.batch_get(key_for(i) for i in ids)
    results: list[M | None] = []
    for i in ids:
        item = found.get(pair(key_for(i)))
        results.append(to_model(model, item) if item is not None else None)
    return results
