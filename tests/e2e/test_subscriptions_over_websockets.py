"""Live updates over graphql-transport-ws against the real server."""
from __future__ import annotations

import asyncio

import httpx

from tests.applications_helpers import APPLY, MOVE, parsed_resume
from tests.e2e.ws_client import Subscription
from tests.fixtures.documents import RESUME_TEXT
from tests.graphql_client import GraphQLClient, upload_resume


async def test_application_updates_reach_the_candidate_and_the_organization_only(gateway):
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:
        client = GraphQLClient(http)
        candidate, _ = await client.candidate()
        resume = await parsed_resume(client, candidate)
        employer, _ = await client.employer()
        outsider, _ = await client.employer()
        job = await client.post_job(employer)
        query = "subscription { applicationUpdated { id status job { title } } }"
        async with Subscription(gateway.url, candidate) as mine, Subscription(gateway.url, employer) as theirs, \
                Subscription(gateway.url, outsider) as stranger:
            for sub in (mine, theirs, stranger):
                await sub.subscribe(query)
            await asyncio.sleep(0.3)  # let the server register the three subscriptions
            application = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate))["applyToJob"]
            for sub in (mine, theirs):
                message = await sub.next()
                assert message["type"] == "next"
                assert message["payload"]["data"]["applicationUpdated"] == {
                    "id": application["id"], "status": "SUBMITTED", "job": {"title": "Backend Engineer"}}
            await client.data(MOVE, {"id": application["id"], "s": "SCREENING"}, employer)
            assert (await mine.next())["payload"]["data"]["applicationUpdated"]["status"] == "SCREENING"
            assert await stranger.nothing_within(1.0)


async def test_resume_processing_is_pushed_to_its_owner(gateway):
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:
        client = GraphQLClient(http)
        candidate, _ = await client.candidate()
        async with Subscription(gateway.url, candidate) as sub:
            await sub.subscribe("subscription { resumeProcessed { id status parsed { name } } }")
            await asyncio.sleep(0.3)
            resume = (await upload_resume(client, candidate, "cv.txt", RESUME_TEXT.encode()))["data"]["uploadResume"]
            message = await sub.next()
            assert message["payload"]["data"]["resumeProcessed"] == {
                "id": resume["id"], "status": "PARSED", "parsed": {"name": "Jordan Quill"}}


async def test_a_subscription_without_a_token_is_unauthenticated(gateway):
    async with Subscription(gateway.url, None) as sub:
        await sub.subscribe("subscription { resumeProcessed { id } }")
        message = await sub.next()
        assert message["type"] in ("error", "next")
        errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
        assert errors[0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_a_new_match_reaches_the_candidate_and_the_employer_over_websockets(gateway):
    async with httpx.AsyncClient(base_url=gateway.url, timeout=60) as http:
        client = GraphQLClient(http)
        candidate, candidate_user = await client.candidate()
        employer, _ = await client.employer()
        async with Subscription(gateway.url, candidate) as mine, Subscription(gateway.url, employer) as theirs:
            await mine.subscribe("subscription { matchFound(minScore: 0) { score job { title } explanation } }")
            await theirs.subscribe("subscription { matchFound(minScore: 0) { candidate { id } job { title } } }")
            await asyncio.sleep(0.3)
            await client.post_job(employer, title="Platform Engineer",
                                  description="Python, PostgreSQL and Kubernetes on AWS.")
            await parsed_resume(client, candidate)
            message = await mine.next(timeout=60)
            found = message["payload"]["data"]["matchFound"]
            assert found["job"]["title"] == "Platform Engineer" and found["score"] > 0
            assert found["explanation"]
            message = await theirs.next(timeout=60)
            assert message["payload"]["data"]["matchFound"]["candidate"]["id"] == candidate_user["id"]


async def test_a_new_match_tells_the_employer_no_word_of_a_resume_place_hidden_from_them(gateway):
    found = "subscription { matchFound(minScore: 0) { explanation resume { parsed { location } } } }"
    async with httpx.AsyncClient(base_url=gateway.url, timeout=60) as http:
        client = GraphQLClient(http)
        candidate, _ = await client.candidate()
        employer, _ = await client.employer()
        async with Subscription(gateway.url, candidate) as mine, Subscription(gateway.url, employer) as theirs:
            await mine.subscribe(found)
            await theirs.subscribe(found)
            await asyncio.sleep(0.3)
            await client.post_job(employer, title="Platform Engineer", location="Leeds, UK", remote="ONSITE",
                                  description="Python, PostgreSQL and Kubernetes on AWS.")
            await parsed_resume(client, candidate, RESUME_TEXT.replace(
                " | Portland, OR", "\nAddress : H.No 45, Ward 7, Ludhiana, Punjab - 141001"))
            own = (await mine.next(timeout=60))["payload"]["data"]["matchFound"]
            assert "Ludhiana" in own["explanation"] and own["resume"]["parsed"]["location"]
            seen = (await theirs.next(timeout=60))["payload"]["data"]["matchFound"]
            assert seen["resume"]["parsed"]["location"] is None
            assert "Ludhiana" not in seen["explanation"] and "Punjab" not in seen["explanation"]
            assert "the résumé places the candidate" in seen["explanation"]
