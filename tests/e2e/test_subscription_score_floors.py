"""A `matchFound` subscription with a floor no score can reach is refused at once over the
websocket, with BAD_USER_INPUT, instead of staying silent forever."""
from __future__ import annotations

import httpx
import pytest

from tests.e2e.ws_client import Subscription
from tests.graphql_client import GraphQLClient


@pytest.mark.parametrize("floor", [5, -0.2])
async def test_an_impossible_match_floor_is_refused_over_the_websocket(gateway, floor):
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:
        candidate, _ = await GraphQLClient(http).candidate()
    async with Subscription(gateway.url, candidate) as sub:
        await sub.subscribe("subscription($m: Float){ matchFound(minScore: $m) { score } }", {"m": floor})
        message = await sub.next()
        assert message["type"] in ("error", "next"), message
        errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
        assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"
        assert "between 0 and 1" in errors[0]["message"]
