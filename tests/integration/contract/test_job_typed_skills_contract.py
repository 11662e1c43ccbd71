"""Which of a job's skills the employer typed is stored, changed and read back on every backend;
a job stored without it (before it was kept) reads back without it, which the domain takes as
every skill typed."""
from __future__ import annotations

from tests.integration.contract.job_backends import repositories  # noqa: F401
from tests.integration.contract.repository_backends import a_job, an_employer


async def test_typed_skills_are_kept_through_storage_and_updates_and_an_old_job_has_none(repositories):
    _, organization = await an_employer(repositories)
    typed = a_job(organization.id, required_skills=["18th Edition", "ECS card"], nice_to_have_skills=["Welding"],
                  typed_skills=["18th Edition", "Welding"])
    read_only = a_job(organization.id, minute=1, typed_skills=[])
    old = a_job(organization.id, minute=2)
    for job in (typed, read_only, old):
        await repositories.jobs.add(job)
    stored = await repositories.jobs.get_many([typed.id, read_only.id, old.id])
    assert [j.typed_skills for j in stored] == [["18th Edition", "Welding"], [], None]
    assert stored[0] == typed

    retyped = typed.model_copy(update={"required_skills": ["ECS card"], "typed_skills": ["ECS card"]})
    assert await repositories.jobs.update(retyped, expected_updated_at=typed.updated_at)
    (read,) = await repositories.jobs.get_many([typed.id])
    assert read == retyped and read.typed_skills == ["ECS card"]
    given = old.model_copy(update={"typed_skills": ["Python"]})
    assert await repositories.jobs.update(given)
    assert (await repositories.jobs.get_many([old.id]))[0].typed_skills == ["Python"]
