"""What a page costs on the AWS backend: the DynamoDB requests and items read by the three
queries bench-scale times on SQLite (a text search, a filtered search, `me { matches }`),
counted on every DynamoDB client the gateway opens (botocore's after-call event) against
the moto server, at one size and at twice as many jobs and matches: the same, and bounded by
the page. Run with -s to print the counts. Searches go to the local search mirror here (no
OpenSearch in moto); an OpenSearch page is one request for first+1 hits (the last test)."""
from __future__ import annotations

from collections import Counter
from contextvars import ContextVar
from datetime import UTC, datetime

import aioboto3
import httpx
import pytest

from domain.matches import Match, ScoreBreakdown
from domain.pagination import PageRequest
from domain.resumes import Resume
from tests.aws_backend import aws_settings  # noqa: F401
from tests.graphql_client import GraphQLClient, raw_id

SEARCH = '{ searchJobs(query: "senior engineer", first: 20) { edges { node { id title } } } }'
FILTERED = ('{ searchJobs(filter: {remote: [REMOTE], seniority: [SENIOR], skills: ["Python"]}, first: 20)'
            ' { edges { node { id title } } } }')
MY_MATCHES = '{ me { matches(first: 10) { edges { node { score explanation job { title } } } } } }'
NOW = datetime(2026, 1, 1, tzinfo=UTC)


class DynamoReads:
    """Requests and items read per DynamoDB operation, from the responses parsed while
    `counting` is set: in the request's own task and those it starts, not the gateway's
    background workers (which score the posted jobs meanwhile)."""

    counting: ContextVar[bool] = ContextVar("counting", default=False)

    def __init__(self) -> None:
        self.requests: Counter[str] = Counter()
        self.items: Counter[str] = Counter()

    def after_call(self, parsed: dict, model, **_) -> None:
        if not self.counting.get():
            return
        operation = model.name
        self.requests[operation] += 1
        if "ScannedCount" in parsed:
            self.items[operation] += parsed["ScannedCount"]
        elif "Item" in parsed:
            self.items[operation] += 1
        elif operation == "BatchGetItem":
            self.items[operation] += sum(len(found) for found in parsed.get("Responses", {}).values())
        elif operation == "TransactGetItems":
            self.items[operation] += sum(1 for r in parsed.get("Responses", []) if r.get("Item"))

    def reset(self) -> None:
        self.requests.clear()
        self.items.clear()


@pytest.fixture
async def counted(aws_settings):  # noqa: F811 (the fixture of that name)
    """The gateway on the AWS backend, its clients opened from a session that counts every
    DynamoDB call (botocore copies a session's handlers into each client it creates)."""
    from asgi_lifespan import LifespanManager

    from gateway.app import create_app
    from gateway.backends.aws import open_aws

    reads = DynamoReads()
    session = aioboto3.Session(region_name=aws_settings.aws.region)
    session.events.register("after-call.dynamodb", reads.after_call)
    async with open_aws(aws_settings, session=session) as adapters:
        application = create_app(aws_settings, adapters=adapters)
        async with LifespanManager(application, startup_timeout=60, shutdown_timeout=60):
            transport = httpx.ASGITransport(app=application, client=("127.0.0.1", 50000))
            async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
                yield reads, GraphQLClient(http), application


async def grow(client, app, employer: str, me: dict, jobs: int, start: int) -> None:
    posted = []
    for n in range(start, start + jobs):
        senior = n % 2 == 0
        posted.append(await client.post_job(
            employer, title=f"{'Senior' if senior else 'Junior'} Backend Engineer {n}",
            description="Build services in Python.", remote="REMOTE", seniority="SENIOR" if senior else "JUNIOR",
            requiredSkills=["Python"]))
    # The matches' resume, stored (a match is written only while its resume exists).
    await app.state.services.repositories.resumes.add(Resume(
        id="r-bench", owner_id=raw_id(me["id"]), filename="cv.pdf", content_type="application/pdf", size_bytes=1,
        sha256="0" * 64, uploaded_at=NOW), max_per_owner=5)
    matches = app.state.services.repositories.matches
    await matches.upsert([
        Match(id=f"m-{raw_id(job['id'])}", candidate_id=raw_id(me["id"]), job_id=raw_id(job["id"]), resume_id="r-bench",
              score=0.5 + (start + i) / 1000, breakdown=ScoreBreakdown(semantic=0.5), created_at=NOW, updated_at=NOW)
        for i, job in enumerate(posted)])


_READS = ("GetItem", "BatchGetItem", "Query", "Scan", "TransactGetItems")


async def reads_of(reads: DynamoReads, client, query: str, token: str) -> dict[str, tuple[int, int]]:
    """Per read operation: (requests, items read)."""
    await client.data(query, token=token)  # warm: session and user lookups as any request makes
    reads.reset()
    token_of_counting = reads.counting.set(True)
    try:
        await client.data(query, token=token)
    finally:
        reads.counting.reset(token_of_counting)
    return {op: (reads.requests[op], reads.items[op]) for op in _READS if reads.requests[op]}


async def test_each_page_reads_the_same_few_items_however_many_jobs_and_matches(counted):
    reads, client, app = counted
    employer, _ = await client.employer()
    me_token, me = await client.candidate()
    figures = {}
    for size, start in ((25, 0), (50, 25)):
        await grow(client, app, employer, me, 25, start)
        figures[size] = {name: await reads_of(reads, client, query, token) for name, query, token in (
            ("search", SEARCH, employer), ("filtered", FILTERED, employer), ("matches", MY_MATCHES, me_token))}
    print("\nDynamoDB (requests, items read) per page:", figures)
    assert figures[50]["matches"]["Query"][1] > 10  # the matches were read
    assert figures[25] == figures[50]
    for name, by_operation in figures[50].items():
        # A page of 20 (or 10) and one more, the jobs behind it (their status, their fields, the
        # facts an explanation is built from), the person asking.
        requests = sum(r for r, _ in by_operation.values())
        items = sum(i for _, i in by_operation.values())
        assert requests <= 8 and items <= 3 * 21 + 2, name


class _RecordingOpenSearch:
    """A stand-in at the edge (no OpenSearch runs here): records what the adapter asks, and
    answers with one job (a search that finds nothing is tried again with near spellings:
    tests/integration/aws/test_opensearch_typo_tolerance.py)."""

    def __init__(self) -> None:
        self.bodies: list[dict] = []

    async def search(self, index: str, body: dict) -> dict:
        self.bodies.append(body)
        source = {"id": "j1", "organization_id": "o", "title": "Senior Engineer", "description": "d",
                  "status": "OPEN", "remote": "ONSITE", "employment_type": "FULL_TIME",
                  "posted_at": "2026-01-01T00:00:00+00:00", "updated_at": "2026-01-01T00:00:00+00:00",
                  "required_skills": [], "nice_to_have_skills": []}
        return {"hits": {"total": {"value": 1, "relation": "eq"},
                         "hits": [{"_source": source, "sort": [1.0, 1767225600000, "j1"]}]}}


@pytest.mark.parametrize("want_total", [False, True])
async def test_an_opensearch_page_is_one_request_for_first_and_one_more(want_total):
    from adapters.aws.opensearch.job_index import OpenSearchJobIndex
    from domain.jobs import JobFilter

    recording = _RecordingOpenSearch()
    index = OpenSearchJobIndex(recording, "jobs", dimension=3)
    await index.search("senior engineer", JobFilter(), PageRequest(first=20, want_total=want_total))
    (body,) = recording.bodies
    assert body["size"] == 21
    assert body["track_total_hits"] == (10_000 if want_total else False)
