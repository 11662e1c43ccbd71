"""`talentgraph serve --workers 2`: one client's request bucket is one budget for both API
processes, not one each. The client opens a fresh connection per request, many at once, so the
kernel hands them to both processes; it is granted the bucket (plus at most the leases the
processes hold, gateway/http/token_leases.py), not twice the bucket."""
from __future__ import annotations

import asyncio
import sqlite3

import httpx
import pytest

from tests.e2e.server import GatewayProcess

LIMIT = 40  # per hour: no refill worth counting during the test
PROCESSES = 2
LEASE_BOUND = PROCESSES * max(1, LIMIT // (4 * PROCESSES))  # unspent leases the processes may hold
ATTEMPTS = 3 * LIMIT
AT_ONCE = 8


@pytest.fixture
def api_processes(tmp_path):
    process = GatewayProcess(
        tmp_path / "data", command=("serve", "--workers", str(PROCESSES)),
        env={"TALENTGRAPH_RATE_LIMITS": "on", "TALENTGRAPH_RATE_LIMIT_DEFAULT": f"{LIMIT}/3600"},
    )
    process.start()
    yield process
    process.stop()


async def test_a_client_spread_over_two_api_processes_gets_one_bucket_not_two(api_processes):
    gate = asyncio.Semaphore(AT_ONCE)

    async def attempt() -> int:
        async with gate:
            # A client of its own per request: a new connection, whichever process accepts it.
            async with httpx.AsyncClient(base_url=api_processes.url, timeout=30) as http:
                response = await http.post("/graphql", json={"query": "{ __typename }"})
        if response.status_code == 429:
            error = response.json()["errors"][0]
            assert error["extensions"]["code"] == "RATE_LIMITED", error
            assert int(response.headers["retry-after"]) >= 1
        return response.status_code

    statuses = await asyncio.gather(*(attempt() for _ in range(ATTEMPTS)))
    admitted = statuses.count(200)
    assert set(statuses) <= {200, 429}, statuses
    assert LIMIT - LEASE_BOUND <= admitted <= LIMIT + LEASE_BOUND, statuses


async def test_api_processes_that_stop_give_back_the_tokens_they_leased_and_did_not_spend(api_processes):
    for _ in range(3):
        async with httpx.AsyncClient(base_url=api_processes.url, timeout=30) as http:
            assert (await http.post("/graphql", json={"query": "{ __typename }"})).status_code == 200
    api_processes.stop()  # SIGTERM: each process drains, then gives back its unspent lease
    with sqlite3.connect(api_processes.data_dir / "talentgraph.sqlite3", timeout=10) as conn:
        (level,) = conn.execute("SELECT level FROM rate_buckets WHERE name = 'default' AND key = 'ip:127.0.0.1'").fetchone()
    assert level == pytest.approx(LIMIT - 3, abs=0.1)  # the three requests, not the leases' blocks
