"""JobRepository.update(..., member=user_id): the change (an edit, a close) is stored only while
that person still recruits for the job's organization, checked in the write itself, so a recruiter
removed while their change was on its way changes nothing: FORBIDDEN (NOT_A_MEMBER). Without
`member` (the closing sweep, an administrator) as before. SQLite, DynamoDB (moto) and the fake."""
from __future__ import annotations

import pytest

from domain.errors import Forbidden
from tests.integration.contract.repository_backends import a_candidate, a_job, an_employer

# The same repositories (each backend, and the fake whose jobs know its users) as the post's test.
from tests.integration.contract.test_job_posted_only_by_a_member_contract import WORK, repositories  # noqa: F401


@pytest.mark.parametrize("expected", [False, True], ids=["any state", "over the state read"])
async def test_a_change_by_someone_no_longer_of_the_organization_is_refused(repositories, expected):
    employer, organization = await an_employer(repositories)
    job = a_job(organization.id, posted_by=employer.id)
    await repositories.jobs.add(job)
    gone = await a_candidate(repositories)  # as a removed recruiter: of no organization now
    edited = job.model_copy(update={"title": "Edited after the removal"})

    with pytest.raises(Forbidden) as refused:
        await repositories.jobs.update(edited, work=[WORK], member=gone.id,
                                       expected_updated_at=job.updated_at if expected else None)

    assert refused.value.extensions.get("reason") == "NOT_A_MEMBER"
    (stored,) = await repositories.jobs.get_many([job.id])
    assert stored is not None and stored.title == job.title


async def test_a_members_change_and_one_without_member_are_stored(repositories):
    employer, organization = await an_employer(repositories)
    job = a_job(organization.id, posted_by=employer.id)
    await repositories.jobs.add(job)
    assert await repositories.jobs.update(job.model_copy(update={"title": "By a member"}), work=[WORK],
                                          member=employer.id, expected_updated_at=job.updated_at) is True
    assert await repositories.jobs.update(job.model_copy(update={"title": "By the sweep"})) is True
    (stored,) = await repositories.jobs.get_many([job.id])
    assert stored is not None and stored.title == "By the sweep"
