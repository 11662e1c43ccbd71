"""Search at read time treats a job past its closing time as closed, before the sweep closes
it, on both backends and the fake: left out where the store pages and counts,
so `total` is what can be paged to and a page holds `first` jobs while more follow. Before,
the service thinned the page after reading it: "totalCount 1" with no edges, and a page of 2
holding 1 beside hasNextPage. On SQLite the text search (FTS5, with its kept rankings) too; on
AWS words go to OpenSearch (its query body: tests/integration/aws/test_opensearch_bodies.py)."""
from __future__ import annotations

from datetime import timedelta

import pytest

from domain.jobs import JobFilter, JobStatus
from domain.pagination import PageRequest
from tests.integration.contract.job_backends import repositories  # noqa: F401
from tests.integration.contract.repository_backends import a_job, an_employer, at

CLOSES = at(30)


async def _jobs_with_one_closing(repositories):
    _, organization = await an_employer(repositories)
    closing = a_job(organization.id, minute=9, title="Accounts assistant (temp)",
                    description="Bank reconciliations, purchase ledger.", location="Leeds", closes_at=CLOSES)
    others = [a_job(organization.id, minute=n, title=f"Maths teacher {n}", location="Leeds") for n in range(3)]
    for job in [closing, *others]:
        await repositories.jobs.add(job)
    return closing, others


async def test_a_job_past_its_closing_time_is_neither_counted_nor_leaves_a_short_page(repositories):
    closing, others = await _jobs_with_one_closing(repositories)
    before = JobFilter(status=JobStatus.OPEN, location="Leeds", open_as_of=CLOSES - timedelta(seconds=1))
    first = await repositories.jobs.search(None, before, PageRequest(first=2))
    assert (first.total, [j.id for j in first.items]) == (4, [closing.id, others[2].id])

    past = before.model_copy(update={"open_as_of": CLOSES})  # at its closing time, not yet swept
    page = await repositories.jobs.search(None, past, PageRequest(first=2))
    assert (page.total, [j.id for j in page.items], page.has_next) == (3, [others[2].id, others[1].id], True)
    rest = await repositories.jobs.search(None, past, PageRequest(first=2, after=page.positions[-1]))
    assert ([j.id for j in rest.items], rest.has_next) == ([others[0].id], False)


async def test_a_text_search_finding_only_a_job_past_its_closing_time_finds_nothing(repositories):
    from adapters.embedded.sqlite.jobs import SqliteJobRepository

    if not isinstance(repositories.jobs, SqliteJobRepository):
        pytest.skip("words go to OpenSearch on AWS; its query body is checked in tests/integration/aws")
    closing, others = await _jobs_with_one_closing(repositories)
    before = JobFilter(status=JobStatus.OPEN, open_as_of=CLOSES - timedelta(seconds=1))
    # Ranked once before the closing time: that kept ranking must not answer after it.
    assert [j.id for j in (await repositories.jobs.search("accounts assistant", before, PageRequest())).items] \
        == [closing.id]
    past = before.model_copy(update={"open_as_of": CLOSES + timedelta(seconds=5)})
    found = await repositories.jobs.search("accounts assistant", past, PageRequest())
    assert (found.items, found.total, found.has_next) == ([], 0, False)
    teachers = await repositories.jobs.search("maths teacher", past, PageRequest(first=2))
    assert (teachers.total, len(teachers.items), teachers.has_next) == (3, 2, True)
