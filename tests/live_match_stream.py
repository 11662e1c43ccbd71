"""An employer's `matchFound` stream run in the test's process on the app's own services (either
backend), with MatchFound facts published on its event bus: what the stream lets through, and
when, without a server or a websocket between."""
from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

from domain.events import MatchFound
from resolvers.context import Context
from resolvers.loaders import Loaders
from resolvers.schema import build_schema
from tests.applications_helpers import parsed_resume, wait_until
from tests.graphql_client import GraphQLClient, raw_id

MATCHES = "query($id: ID!){ job(id: $id){ organization { id } matches(first: 5) { edges { node { id } } } } }"
DESCRIPTION = "Python, PostgreSQL and Kubernetes on AWS."


@dataclass(frozen=True)
class Board:
    """A recruiter's jobs, each matched to the one candidate: (job id, match id) pairs, stored
    ids, and the jobs' global ids (for mutations)."""

    recruiter: str
    recruiter_id: str
    candidate_id: str
    organization_id: str
    jobs: list[tuple[str, str]]
    global_ids: list[str]


async def board(client: GraphQLClient, jobs: int) -> Board:
    recruiter, recruiter_user = await client.employer()
    candidate, candidate_user = await client.candidate()
    await parsed_resume(client, candidate)
    posted = [await client.post_job(recruiter, title=f"Platform Engineer {n}", description=DESCRIPTION)
              for n in range(jobs)]
    pairs, organization = [], ""
    for job in posted:
        async def matched(job: dict = job) -> bool:
            found = (await client.data(MATCHES, {"id": job["id"]}, recruiter))["job"]["matches"]["edges"]
            return len(found) == 1

        await wait_until(matched, attempts=1200)
        data = (await client.data(MATCHES, {"id": job["id"]}, recruiter))["job"]
        organization = raw_id(data["organization"]["id"])
        pairs.append((raw_id(job["id"]), raw_id(data["matches"]["edges"][0]["node"]["id"])))
    return Board(recruiter, raw_id(recruiter_user["id"]), raw_id(candidate_user["id"]), organization, pairs,
                 [job["id"] for job in posted])


@dataclass
class Stream:
    """What the stream yielded: (match id, monotonic time yielded)."""

    app: Any
    viewer_id: str
    query: str = "subscription { matchFound { id } }"
    seen: list[tuple[str, float]] = field(default_factory=list)
    _task: asyncio.Task | None = None

    async def __aenter__(self) -> Stream:
        services = self.app.state.services
        (viewer,) = await services.repositories.users.get_many([self.viewer_id])
        context = Context(services=services, loaders=Loaders.create(services), request_id="test", viewer=viewer)
        results = await build_schema().subscribe(self.query, context_value=context)

        async def pull() -> None:
            async for result in results:
                assert not result.errors, result.errors
                self.seen.append((raw_id(result.data["matchFound"]["id"]), time.monotonic()))

        self._task = asyncio.create_task(pull())
        await asyncio.sleep(0.3)  # the stream listens from its first step
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)

    def ids(self) -> list[str]:
        return [match_id for match_id, _ in self.seen]

    async def until_seen(self, match_id: str) -> None:
        async def arrived() -> bool:
            return match_id in self.ids()

        await wait_until(arrived, attempts=400)


def found(b: Board, at: int, score: float) -> MatchFound:
    job_id, match_id = b.jobs[at]
    return MatchFound(match_id=match_id, candidate_id=b.candidate_id, job_id=job_id,
                      organization_id=b.organization_id, score=score)
