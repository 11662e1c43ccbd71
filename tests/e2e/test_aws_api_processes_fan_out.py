"""The AWS backend with the roles apart: an API service of two processes (`serve --workers 2`,
one replica id given to both) and a replica that runs the workers. Every API process has an
EventBridge queue of its own, so every websocket, whichever process holds it, hears of an
application made through the other replica (none would, for some sockets, if the two
processes shared one queue and split its events)."""
from __future__ import annotations

import asyncio

import pytest

from tests.applications_helpers import APPLY, ready_to_apply
from tests.aws_backend import aws_settings  # noqa: F401  (the fixture)
from tests.e2e.aws_replicas import replica_env, running
from tests.e2e.server import GatewayProcess
from tests.e2e.ws_client import Subscription
from tests.graphql_client import client_at

SOCKETS = 6


@pytest.fixture
async def api_and_worker(tmp_path, aws_settings):  # noqa: F811
    api = GatewayProcess(tmp_path / "api", replica_env(aws_settings, "api", 0), command=("serve", "--workers", "2"))
    work = GatewayProcess(tmp_path / "work", replica_env(aws_settings, "work", 1))
    async with running([api, work]):
        yield api, work


async def test_every_socket_on_every_api_process_hears_of_a_change_made_elsewhere(api_and_worker):
    api, work = api_and_worker
    async with client_at(work.url) as through_work:
        ready = await ready_to_apply(through_work)
        sockets = [Subscription(api.url, ready.employer) for _ in range(SOCKETS)]
        for socket in sockets:
            await socket.__aenter__()
            await socket.subscribe("subscription { applicationUpdated { id status } }")
        try:
            await asyncio.sleep(0.5)
            applied = await through_work.data(APPLY, ready.application, ready.candidate)
            for socket in sockets:
                message = await socket.next(timeout=30)
                assert message["payload"]["data"]["applicationUpdated"] == {
                    "id": applied["applyToJob"]["id"], "status": "SUBMITTED"}
        finally:
            for socket in sockets:
                await socket.__aexit__(None, None, None)
