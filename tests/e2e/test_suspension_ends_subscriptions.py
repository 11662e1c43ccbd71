"""Suspending someone ends their live subscriptions at once, against the real server."""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from websockets.exceptions import ConnectionClosed

from tests.e2e.server import ROOT, GatewayProcess
from tests.e2e.ws_client import Subscription
from tests.graphql_client import GraphQLClient

ADMIN_PASSWORD = "admin password long enough"


def create_admin(gateway: GatewayProcess, email: str) -> None:
    """As an operator does: `talentgraph create-admin` against the running server's data."""
    subprocess.run(
        [str(Path(sys.executable).parent / "talentgraph"), "create-admin", "--email", email, "--name", "Ops",
         "--data-dir", str(gateway.data_dir)],
        cwd=ROOT, env={**gateway.env, "TALENTGRAPH_ADMIN_PASSWORD": ADMIN_PASSWORD}, check=True,
        capture_output=True, timeout=120,
    )


async def test_a_suspended_persons_open_subscriptions_end_and_no_new_one_starts(gateway):
    create_admin(gateway, "ops@example.com")
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:
        client = GraphQLClient(http)
        admin = (await client.data(
            f'mutation{{ login(email: "ops@example.com", password: "{ADMIN_PASSWORD}"){{ accessToken }} }}'
        ))["login"]["accessToken"]
        candidate, candidate_user = await client.candidate()
        bystander, _ = await client.candidate()
        query = "subscription { resumeProcessed { id } }"
        async with Subscription(gateway.url, candidate) as theirs, Subscription(gateway.url, bystander) as other:
            await theirs.subscribe(query, op_id="a")
            await theirs.subscribe("subscription { applicationUpdated { id } }", op_id="b")
            await other.subscribe(query)
            await asyncio.sleep(0.3)  # let the server register the subscriptions
            await client.data("mutation($id: ID!){ adminSuspendUser(id: $id){ suspended } }",
                              {"id": candidate_user["id"]}, admin)
            # The socket closes with 4403 (an error or complete for each stream may come first).
            with pytest.raises(ConnectionClosed) as closed:
                while True:
                    await theirs.next(timeout=10)
            assert closed.value.rcvd.code == 4403
            with pytest.raises(ConnectionClosed):  # nothing new starts on it
                await theirs.subscribe(query, op_id="c")
            assert await other.nothing_within(0.5)  # the bystander's stream goes on
        # A new connection with the suspended person's token is refused as suspended (4403),
        # not as a sign-in to refresh (4401).
        with pytest.raises(ConnectionClosed) as refused:
            async with Subscription(gateway.url, candidate):
                pass
        assert (refused.value.rcvd.code, refused.value.rcvd.reason) == (4403, "This account is suspended.")


def test_the_cli_creates_admins_into_the_data_dir_it_is_given(tmp_path):
    data_dir = tmp_path / "data"
    result = subprocess.run(
        [str(Path(sys.executable).parent / "talentgraph"), "create-admin", "--email", "x@example.com", "--name", "X",
         "--data-dir", str(data_dir)],
        cwd=ROOT, env={**os.environ, "HF_HUB_OFFLINE": "1", "TALENTGRAPH_ADMIN_PASSWORD": ADMIN_PASSWORD},
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (data_dir / "talentgraph.sqlite3").exists()
