"""Two gateway processes (`talentgraph serve --backend aws`) on loopback against one moto
server, as two replicas behind a load balancer: a websocket subscriber connected to
replica A hears about a change made through replica B. Replica A runs no workers, so the
event can only have been published by B and fanned out through EventBridge to A's queue."""
from __future__ import annotations

import asyncio

import pytest

from tests.applications_helpers import APPLY, ready_to_apply
from tests.aws_backend import aws_settings  # noqa: F401
from tests.e2e.aws_replicas import replica_env, running
from tests.e2e.server import GatewayProcess
from tests.e2e.ws_client import Subscription
from tests.graphql_client import client_at


@pytest.fixture
async def replicas(tmp_path, aws_settings):  # noqa: F811
    async with running([GatewayProcess(tmp_path / f"replica-{name}", replica_env(aws_settings, name, workers))
                        for name, workers in (("a", 0), ("b", 1))]) as started:
        yield started


async def test_a_subscriber_on_one_replica_hears_of_an_application_made_through_another(replicas):
    a, b = replicas
    async with client_at(b.url) as through_b:
        ready = await ready_to_apply(through_b)
        async with Subscription(a.url, ready.employer) as on_a:
            await on_a.subscribe("subscription { applicationUpdated { id status job { title } } }")
            await asyncio.sleep(0.5)  # let replica A register the subscription
            applied = await through_b.data(APPLY, ready.application, ready.candidate)
            message = await on_a.next(timeout=30)
    assert message["type"] == "next"
    assert message["payload"]["data"]["applicationUpdated"] == {
        "id": applied["applyToJob"]["id"], "status": "SUBMITTED", "job": {"title": ready.job["title"]}}
