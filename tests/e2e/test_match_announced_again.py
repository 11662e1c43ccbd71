"""Announcing a match is at least once (a relay that died after publishing is relayed
again, domain/ports/match_announcements.py): a `matchFound` subscriber still sees the match
once. Real deployment: API processes and the worker apart, sharing events through the
SQLite event log, where the repeat is appended as another process would."""
from __future__ import annotations

import asyncio
import sqlite3
import time

import httpx
import pytest

from domain.events import MatchFound
from tests.applications_helpers import parsed_resume
from tests.e2e.server import GatewayProcess
from tests.e2e.ws_client import Subscription
from tests.graphql_client import GraphQLClient


@pytest.fixture
def deployment(tmp_path):
    process = GatewayProcess(tmp_path / "data", command=("run", "--workers", "2"))
    process.start()
    yield process
    process.stop()


async def test_a_match_announced_again_by_another_process_reaches_the_subscriber_once(deployment):
    async with httpx.AsyncClient(base_url=deployment.url, timeout=60) as http:
        client = GraphQLClient(http)
        candidate, _ = await client.candidate()
        employer, _ = await client.employer()
        async with Subscription(deployment.url, candidate) as mine:
            await mine.subscribe("subscription { matchFound(minScore: 0) { score } }")
            await asyncio.sleep(0.3)
            await client.post_job(employer, title="Platform Engineer",
                                  description="Python, PostgreSQL and Kubernetes on AWS.")
            await parsed_resume(client, candidate)
            assert (await mine.next(timeout=60))["payload"]["data"]["matchFound"]
            with sqlite3.connect(deployment.data_dir / "talentgraph.sqlite3", timeout=10) as db:
                (match_id, candidate_id, job_id, score, organization_id), = db.execute(
                    "SELECT m.id, m.candidate_id, m.job_id, m.score, j.organization_id FROM matches m"
                    " JOIN jobs j ON j.id = m.job_id").fetchall()  # the one candidate's one match
                again = MatchFound(match_id=match_id, candidate_id=candidate_id, job_id=job_id,
                                   organization_id=organization_id, score=score)
                db.execute("INSERT INTO event_log(name, body, origin, at) VALUES (?, ?, ?, ?)",
                           (again.name, again.model_dump_json(), "a-relay-after-a-crash", time.time()))
            assert await mine.nothing_within(1.5)
            # Announced from the outbox (as wired, not a path that bypasses it): the record
            # its write left is gone once announced.
            with sqlite3.connect(deployment.data_dir / "talentgraph.sqlite3", timeout=10) as db:
                assert db.execute("SELECT count(*) FROM match_announcements").fetchone() == (0,)
