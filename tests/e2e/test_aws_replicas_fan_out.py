"""Two gateway processes (`talentgraph serve --backend aws`) on loopback against one moto
server, as two replicas behind a load balancer: a websocket subscriber connected to
replica A hears about a change made through replica B. Replica A runs no workers, so the
event can only have been published by B and fanned out through EventBridge to A's queue."""
from __future__ import annotations

import asyncio

import httpx
import pytest

from tests.applications_helpers import APPLY, parsed_resume
from tests.aws_backend import aws_settings  # noqa: F401
from tests.e2e.server import GatewayProcess
from tests.e2e.ws_client import Subscription
from tests.graphql_client import GraphQLClient


def _replica_env(aws_settings, replica: str, workers: int) -> dict[str, str]:
    aws = aws_settings.aws
    return {
        "TALENTGRAPH_BACKEND": "aws",
        "TALENTGRAPH_JWT_SECRET": aws_settings.jwt_secret,  # one secret: a token works on every replica
        "TALENTGRAPH_QUEUE_WORKERS": str(workers),
        "TALENTGRAPH_AWS__ENDPOINT_URL": aws.endpoint_url,
        "TALENTGRAPH_AWS__TABLE": aws.table,
        "TALENTGRAPH_AWS__BUCKET": aws.bucket,
        "TALENTGRAPH_AWS__QUEUE": aws.queue,
        "TALENTGRAPH_AWS__DEAD_LETTER_QUEUE": aws.dead_letter_queue,
        "TALENTGRAPH_AWS__TOPIC": aws.topic,
        "TALENTGRAPH_AWS__EVENT_BUS": aws.event_bus,
        "TALENTGRAPH_AWS__QUEUE_WAIT_SECONDS": "1",
        "TALENTGRAPH_AWS__REPLICA_ID": replica,
    }


@pytest.fixture
async def replicas(tmp_path, aws_settings):
    started = []
    try:
        for name, workers in (("a", 0), ("b", 1)):
            process = GatewayProcess(tmp_path / f"replica-{name}", _replica_env(aws_settings, name, workers))
            (tmp_path / f"replica-{name}").mkdir()
            await asyncio.to_thread(process.start, 90.0)
            started.append(process)
        yield started
    finally:
        for process in started:
            await asyncio.to_thread(process.stop)


async def test_a_subscriber_on_one_replica_hears_of_an_application_made_through_another(replicas):
    a, b = replicas
    async with httpx.AsyncClient(base_url=b.url, timeout=30) as http:
        through_b = GraphQLClient(http)
        candidate, _ = await through_b.candidate()
        employer, _ = await through_b.employer()
        job = await through_b.post_job(employer)
        resume = await parsed_resume(through_b, candidate)
        async with Subscription(a.url, employer) as on_a:
            await on_a.subscribe("subscription { applicationUpdated { id status job { title } } }")
            await asyncio.sleep(0.5)  # let replica A register the subscription
            applied = (await through_b.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate))
            message = await on_a.next(timeout=30)
    assert message["type"] == "next"
    assert message["payload"]["data"]["applicationUpdated"] == {
        "id": applied["applyToJob"]["id"], "status": "SUBMITTED", "job": {"title": job["title"]}}
