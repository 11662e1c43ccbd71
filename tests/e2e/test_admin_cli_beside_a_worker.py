"""`talentgraph create-admin` run beside a live deployment takes nothing from its worker: the
items the worker holds stay leased to it (a start-up lease recovery would hand them to a
second worker while the first still runs them)."""
from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import httpx
import pytest

from tests.e2e.roles_helpers import WorkerProcess, wait_for_leased
from tests.e2e.server import GatewayProcess
from tests.e2e.test_suspension_ends_subscriptions import create_admin
from tests.fixtures.documents import RESUME_TEXT
from tests.graphql_client import GraphQLClient, upload_resume


@pytest.fixture
def api(tmp_path):
    process = GatewayProcess(tmp_path / "data", command=("serve", "--workers", "1"))
    process.start()
    yield process
    process.stop()


def leases(data_dir: Path) -> dict[str, tuple[str, str | None, int]]:
    with sqlite3.connect(data_dir / "talentgraph.sqlite3", timeout=10) as conn:
        return {row[0]: (row[1], row[2], row[3])
                for row in conn.execute("SELECT id, state, lease_token, attempts FROM work_items")}


async def test_create_admin_leaves_the_workers_leases_alone(api):
    async with httpx.AsyncClient(base_url=api.url, timeout=60) as http:
        client = GraphQLClient(http)
        candidate, _ = await client.candidate()
        for n in range(4):
            await upload_resume(client, candidate, f"cv{n}.txt", (RESUME_TEXT + f"\n{n}").encode())
    worker = WorkerProcess(api)
    worker.start()
    try:
        await asyncio.to_thread(wait_for_leased, api.data_dir)
        held = {item: lease for item, lease in leases(api.data_dir).items() if lease[0] == "leased"}
        await asyncio.to_thread(create_admin, api, "ops@example.com")
        after = leases(api.data_dir)
        for item, (state, token, attempts) in held.items():
            assert after[item] == (state, token, attempts) or after[item][0] == "done", (item, after[item])
    finally:
        worker.terminate()
