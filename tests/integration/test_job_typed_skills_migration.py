"""Jobs stored before the typed skills were kept are migrated with every skill they have as
typed (which were typed was never stored, and a skill the description names may have been typed
too): an edit of their words afterwards drops none of them."""
from __future__ import annotations

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from tests.integration.contract.repository_backends import a_job
from tests.integration.old_database import add_job_as_before, database_before

_TYPED_SKILLS = 46


async def test_old_jobs_have_all_their_skills_typed_in_list_order_and_new_ones_are_stored_as_given(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = await database_before(path, _TYPED_SKILLS)
    listed = a_job("o1", description="You must hold the 18th Edition and a full UK driving licence.",
                   required_skills=["Inspection and Testing", "18th Edition", "full UK driving licence"],
                   nice_to_have_skills=["ECS card"])
    bare = a_job("o1", minute=1, required_skills=[])
    for job in (listed, bare):
        await add_job_as_before(old, job)
    await old.close()

    migrated = Database(path)
    await migrated.open()
    try:
        repository = SqliteJobRepository(migrated)
        read, read_bare = await repository.get_many([listed.id, bare.id])
        assert read.typed_skills == [*listed.required_skills, "ECS card"]
        assert read_bare.typed_skills == []
        assert read.model_copy(update={"typed_skills": None}) == listed
        retyped = read.model_copy(update={"typed_skills": ["18th Edition"]})
        assert await repository.update(retyped)
        assert (await repository.get_many([listed.id]))[0].typed_skills == ["18th Edition"]
    finally:
        await migrated.close()
