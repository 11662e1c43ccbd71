"""Test double at the edge of what moto cannot do: DynamoDB under throttling.

Wraps a real (moto-backed) client and hands back part of each BatchGetItem/BatchWriteItem
request as UnprocessedKeys/UnprocessedItems, as DynamoDB does when a partition is hot;
every other call goes straight through."""
from __future__ import annotations

from typing import Any


class ThrottlingDynamoClient:
    def __init__(self, client: Any, throttled_calls: int, *, hold_everything: bool = False) -> None:
        self._client = client
        self._throttled_calls = throttled_calls
        self._hold_everything = hold_everything
        self.batch_get_calls = 0
        self.batch_write_calls = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def _throttle(self) -> bool:
        if self._throttled_calls <= 0:
            return False
        self._throttled_calls -= 1
        return True

    def _split(self, requests: list) -> tuple[list, list]:
        if self._hold_everything:
            return [], requests
        return requests[::2], requests[1::2]

    async def batch_get_item(self, RequestItems: dict, **kwargs: Any) -> dict:
        self.batch_get_calls += 1
        if not self._throttle():
            return await self._client.batch_get_item(RequestItems=RequestItems, **kwargs)
        ((table, request),) = RequestItems.items()
        served, held = self._split(request["Keys"])
        response: dict = {"Responses": {table: []}}
        if served:
            response = await self._client.batch_get_item(RequestItems={table: {**request, "Keys": served}}, **kwargs)
        response["UnprocessedKeys"] = {table: {**request, "Keys": held}} if held else {}
        return response

    async def batch_write_item(self, RequestItems: dict, **kwargs: Any) -> dict:
        self.batch_write_calls += 1
        if not self._throttle():
            return await self._client.batch_write_item(RequestItems=RequestItems, **kwargs)
        ((table, requests),) = RequestItems.items()
        served, held = self._split(requests)
        response: dict = {}
        if served:
            response = await self._client.batch_write_item(RequestItems={table: served}, **kwargs)
        response["UnprocessedItems"] = {table: held} if held else {}
        return response
