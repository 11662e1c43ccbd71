"""The AWS backend with the roles apart: an API service of two processes (`serve --workers 2`,
one replica id given to both) and a replica that runs the workers. Every API process has an
EventBridge queue of its own, so every websocket, whichever process holds it, hears of an
application made through the other replica (none would, for some sockets, if the two
processes shared one queue and split its events)."""
from __future__ import annotations

import asyncio

import httpx
import pytest

from tests.applications_helpers import APPLY, parsed_resume
from tests.aws_backend import aws_settings  # noqa: F401  (the fixture)
from tests.e2e.server import GatewayProcess
from tests.e2e.test_aws_replicas_fan_out import _replica_env
from tests.e2e.ws_client import Subscription
from tests.graphql_client import GraphQLClient

SOCKETS = 6


@pytest.fixture
async def api_and_worker(tmp_path, aws_settings):  # noqa: F811
    api = GatewayProcess(tmp_path / "api", _replica_env(aws_settings, "api", 0), command=("serve", "--workers", "2"))
    work = GatewayProcess(tmp_path / "work", _replica_env(aws_settings, "work", 1))
    started = []
    try:
        for process in (api, work):
            process.data_dir.mkdir()
            await asyncio.to_thread(process.start, 90.0)
            started.append(process)
        yield api, work
    finally:
        for process in started:
            await asyncio.to_thread(process.stop)


async def test_every_socket_on_every_api_process_hears_of_a_change_made_elsewhere(api_and_worker):
    api, work = api_and_worker
    async with httpx.AsyncClient(base_url=work.url, timeout=30) as http:
        through_work = GraphQLClient(http)
        candidate, _ = await through_work.candidate()
        employer, _ = await through_work.employer()
        job = await through_work.post_job(employer)
        resume = await parsed_resume(through_work, candidate)
        sockets = [Subscription(api.url, employer) for _ in range(SOCKETS)]
        for socket in sockets:
            await socket.__aenter__()
            await socket.subscribe("subscription { applicationUpdated { id status } }")
        try:
            await asyncio.sleep(0.5)
            applied = await through_work.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate)
            for socket in sockets:
                message = await socket.next(timeout=30)
                assert message["payload"]["data"]["applicationUpdated"] == {
                    "id": applied["applyToJob"]["id"], "status": "SUBMITTED"}
        finally:
            for socket in sockets:
                await socket.__aexit__(None, None, None)
