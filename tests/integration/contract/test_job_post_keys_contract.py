"""A job posted with a client's key is stored once, however many copies of the post race:
the key's check is in the write itself on every backend."""
from __future__ import annotations

import asyncio

from domain.job_post_keys import PostKey
from domain.pagination import PageRequest
from tests.integration.contract.job_backends import repositories  # noqa: F401
from tests.integration.contract.repository_backends import a_job, an_employer


async def test_racing_posts_with_one_key_store_one_job_and_all_learn_which(repositories):  # noqa: F811
    employer, organization = await an_employer(repositories)
    key = PostKey(poster_id=employer.id, key="2b1f0c9e-double-click", fingerprint="f1")
    copies = [a_job(organization.id, title="Enfermeira UTI", posted_by=employer.id) for _ in range(8)]

    outcomes = await asyncio.gather(*(repositories.jobs.add(job, key=key) for job in copies))

    stored = [job for job, earlier in zip(copies, outcomes) if earlier is None]
    assert len(stored) == 1
    assert {earlier.job_id for earlier in outcomes if earlier is not None} == {stored[0].id}
    assert {earlier.fingerprint for earlier in outcomes if earlier is not None} == {"f1"}
    (page,) = await repositories.jobs.by_organizations([organization.id], None, PageRequest(first=20))
    assert [job.id for job in page.items] == [stored[0].id]

    # Another key, or the same key from someone else, is another post; no key, always one.
    other, _ = await an_employer(repositories)
    assert await repositories.jobs.add(a_job(organization.id, posted_by=employer.id),
                                       key=PostKey(employer.id, "another", "f1")) is None
    assert await repositories.jobs.add(a_job(organization.id, posted_by=other.id),
                                       key=PostKey(other.id, key.key, "f1")) is None
    assert await repositories.jobs.add(a_job(organization.id, posted_by=employer.id)) is None
