"""searchJobs and vector retrieval against a real OpenSearch when OPENSEARCH_URL is set."""
from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from domain.jobs import Job, JobFilter, RemotePolicy
from domain.pagination import PageRequest

URL = os.environ.get("OPENSEARCH_URL")
pytestmark = pytest.mark.skipif(not URL, reason="OPENSEARCH_URL is not set: no OpenSearch to test against")


@pytest.fixture
async def index():
    from adapters.aws.opensearch.client import open_client
    from adapters.aws.opensearch.job_index import OpenSearchJobIndex

    client = open_client(URL, "us-east-1")
    jobs = OpenSearchJobIndex(client, f"tg-test-{uuid.uuid4().hex[:8]}", dimension=3, refresh="wait_for")
    await jobs.ensure_index()
    yield jobs
    await client.indices.delete(index=jobs.index)
    await client.close()


def _job(n: int, title: str, **fields) -> Job:
    at = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=n)
    return Job(id=f"j{n}", organization_id="o1", title=title, description="Work on things.", posted_at=at,
               updated_at=at, **fields)


async def test_search_finds_by_prefix_filters_pages_and_counts(index):
    await index.index_job(_job(1, "Python Engineer", remote=RemotePolicy.REMOTE, required_skills=["Python"]))
    await index.index_job(_job(2, "Python Developer", required_skills=["Python"]))
    await index.index_job(_job(3, "Java Engineer"))
    page = await index.search("pyth", JobFilter(), PageRequest(first=1))
    assert page.total == 2 and len(page.items) == 1
    remote = await index.search("python", JobFilter(remote=[RemotePolicy.REMOTE]), PageRequest())
    assert [j.id for j in remote.items] == ["j1"]
    newest = await index.search(None, JobFilter(), PageRequest())
    assert [j.id for j in newest.items] == ["j3", "j2", "j1"]


async def test_vector_search_returns_the_nearest_with_cosine_similarity(index):
    await index.upsert([("a", [1.0, 0.0, 0.0]), ("b", [0.0, 1.0, 0.0])])
    hits = await index.search_vectors([1.0, 0.0, 0.0], 2)
    assert hits[0][0] == "a" and hits[0][1] == pytest.approx(1.0, abs=1e-3)
    assert [h[0] for h in await index.search_vectors([1.0, 0.0, 0.0], 2, exclude=["a"])] == ["b"]


async def test_c_plus_plus_is_a_word_of_its_own_and_reads_back_as_written(index):
    await index.index_job(_job(1, "C++ Engineer", required_skills=["C++"]))
    await index.index_job(_job(2, "Cobol Engineer"))
    await index.index_job(_job(3, ".NET and C# Developer"))
    assert [j.id for j in (await index.search("c++", JobFilter(), PageRequest())).items] == ["j1"]
    assert [j.id for j in (await index.search("C# .net", JobFilter(), PageRequest())).items] == ["j3"]
    assert (await index.search("c++ engineer", JobFilter(), PageRequest())).items[0].title == "C++ Engineer"


async def test_an_index_written_by_an_older_release_is_upgraded_in_place_and_filters_by_yearly_pay(index):
    from adapters.aws.opensearch.document_upgrade import upgrade_documents
    from adapters.aws.opensearch.mapping import DOCUMENT_VERSION, index_body
    from domain.jobs import SalaryPeriod, SalaryRange

    # An index as an older release made it: without the yearly and currency fields, its
    # documents without them either.
    older = index_body(3)
    for name in ("salary_yearly_top", "salary_currency"):
        del older["mappings"]["properties"][name]
    del older["mappings"]["_meta"]
    from adapters.aws.opensearch.client import open_client

    client = open_client(URL, "us-east-1")
    hourly = _job(1, "Night Nurse", salary=SalaryRange(min=25, max=30, period=SalaryPeriod.HOUR))
    try:
        await client.indices.delete(index=index.index)
        await client.indices.create(index=index.index, body=older)
        await client.index(index=index.index, id=hourly.id, refresh="wait_for",
                           body={**hourly.model_dump(mode="json"), "status": "OPEN"})
    finally:
        await client.close()
    wanted = JobFilter(min_salary=60_000, salary_currency="USD")
    assert (await index.search(None, wanted, PageRequest())).items == []

    async def stored():
        yield hourly

    async def read_again(ids):
        return [hourly for _ in ids]

    done = await upgrade_documents(index, stored, read_again)
    assert done.fields_added == ["salary_currency", "salary_yearly_top"] and done.jobs_written == 1
    assert await index.document_version() == DOCUMENT_VERSION
    assert [j.id for j in (await index.search(None, wanted, PageRequest())).items] == ["j1"]


async def test_a_location_filter_finds_a_town_under_each_of_its_names(index):
    for n, place in enumerate(["München, Germany", "Munich, Germany", "Мюнхен", "Wien, Österreich", "Vienna, VA, USA"], 1):
        await index.index_job(_job(n, "Nurse", location=place))

    async def found(wanted: str) -> set[str]:
        return {j.id for j in (await index.search(None, JobFilter(location=wanted), PageRequest())).items}

    for wanted in ("Munich", "München", "Мюнхен", "Munich Germany"):
        assert await found(wanted) == {"j1", "j2", "j3"}, wanted
    assert await found("Wien") == {"j4"}
    assert await found("Vienna") == {"j4", "j5"}


async def test_a_misspelt_word_alone_or_last_is_searched_again_and_named_corrected(index):
    await index.index_job(_job(1, "Staff Nurse"))
    await index.index_job(_job(2, "Cuisinière de brasserie"))
    for typed, corrected in (("nurce", "nurse"), ("staff nurce", "staff nurse"), ("cuisinere", "cuisinière")):
        page = await index.search(typed, JobFilter(), PageRequest())
        assert len(page.items) == 1 and page.corrected_query == corrected, (typed, page)
