"""A job closing under an application reaches its candidate's applicationUpdated stream,
over graphql-transport-ws against the real server: once, as news rather than a move."""
from __future__ import annotations

import asyncio

import httpx

from tests.applications_helpers import APPLY, parsed_resume
from tests.e2e.ws_client import Subscription
from tests.graphql_client import GraphQLClient

CLOSE = "mutation($id: ID!){ closeJob(id: $id){ status } }"
QUERY = "subscription { applicationUpdated { id status change { from to jobClosed note } } }"


async def test_closing_a_job_is_pushed_to_the_candidate_once(gateway):
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:
        client = GraphQLClient(http)
        candidate, _ = await client.candidate()
        resume = await parsed_resume(client, candidate)
        employer, _ = await client.employer()
        job = await client.post_job(employer, title="Line Cook")
        application = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate))["applyToJob"]
        async with Subscription(gateway.url, candidate) as mine:
            await mine.subscribe(QUERY)
            await asyncio.sleep(0.3)  # let the server register the subscription
            closes = await asyncio.gather(*(client.data(CLOSE, {"id": job["id"]}, employer) for _ in range(2)))
            assert [c["closeJob"]["status"] for c in closes] == ["CLOSED", "CLOSED"]
            pushed = (await mine.next())["payload"]["data"]["applicationUpdated"]
            while not pushed["change"]["jobClosed"]:  # the submission's own update may come first
                pushed = (await mine.next())["payload"]["data"]["applicationUpdated"]
            assert (pushed["id"], pushed["status"], pushed["change"]["from"], pushed["change"]["to"]) == (
                application["id"], "SUBMITTED", "SUBMITTED", "SUBMITTED")
            assert "Line Cook is closed" in pushed["change"]["note"]
            assert await mine.nothing_within(1.0)
