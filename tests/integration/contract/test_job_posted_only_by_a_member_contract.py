"""JobRepository.add(..., member_of=organization): the job is stored only while its poster still
recruits for that organization, checked in the write itself, so a recruiter removed (or gone) while
their post was on its way posts nothing: FORBIDDEN (NOT_A_MEMBER), no job, no work, no key claimed.
The same on SQLite, DynamoDB (moto) and the fake."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from domain.errors import Forbidden
from domain.job_post_keys import PostKey
from domain.ports.queue import PendingWork
from tests.fakes.accounts import FakeUsers
from tests.fakes.jobs import FakeJobs
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import a_candidate, a_job, an_employer, repositories_on

WORK = PendingWork(kind="match_job", payload={"job_id": "j"})


@pytest.fixture(params=[*BACKENDS, "fake"])
async def repositories(request, database, aws_clients, aws_names):
    if request.param == "fake":
        users = FakeUsers()
        return SimpleNamespace(users=users, jobs=FakeJobs(members=users))
    return await repositories_on(request.param, database, aws_clients, aws_names)


@pytest.mark.parametrize("keyed", [False, True], ids=["no key", "idempotency key"])
async def test_a_poster_no_longer_of_the_organization_posts_nothing(repositories, keyed):
    _, organization = await an_employer(repositories)
    gone = await a_candidate(repositories)  # as a removed recruiter: of no organization now
    job = a_job(organization.id, posted_by=gone.id)
    key = PostKey(poster_id=gone.id, key="k-1", fingerprint="f") if keyed else None

    with pytest.raises(Forbidden) as refused:
        await repositories.jobs.add(job, work=[WORK], key=key, member_of=organization.id)

    assert refused.value.extensions.get("reason") == "NOT_A_MEMBER"
    assert await repositories.jobs.get_many([job.id]) == [None]
    if keyed:  # the key was not claimed: the same key posts once the person may post again
        assert await repositories.jobs.add(job, key=key) is None


async def test_a_member_posts_as_before(repositories):
    employer, organization = await an_employer(repositories)
    job = a_job(organization.id, posted_by=employer.id)
    assert await repositories.jobs.add(job, work=[WORK], member_of=organization.id) is None
    (stored,) = await repositories.jobs.get_many([job.id])
    assert stored is not None and stored.posted_by == employer.id
