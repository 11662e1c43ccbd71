"""Mock at the edge: a DynamoDB client whose global secondary index has not yet seen some
items, as a GSI (eventually consistent) may answer a moment after their write. Every other
call, and every query of the table itself or of another index, goes to the real client."""
from __future__ import annotations

from typing import Any


class LaggingIndex:
    def __init__(self, client: Any, index: str, unseen: set[str]) -> None:
        # `unseen`: ids of items the index leaves out of its answers; tests may add to it.
        self._client, self._index, self.unseen = client, index, unseen

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    async def query(self, **request: Any) -> dict:
        response = await self._client.query(**request)
        if request.get("IndexName") == self._index:
            response["Items"] = [i for i in response.get("Items", []) if i.get("id", {}).get("S") not in self.unseen]
            response["Count"] = len(response["Items"])
        return response
