"""A candidate's primary resume on both backends: at most one per owner whatever runs at once,
only the owner's own resume, unmarking, and a deleted primary leaving no mark behind."""
from __future__ import annotations

import asyncio

from domain.pagination import PageRequest
from tests.integration.contract.repository_backends import (
    a_candidate,
    a_resume,
)
from tests.integration.contract.resume_owner_backends import repositories  # noqa: F401 (a fixture)


async def _owner_with(repositories, count: int):
    owner = await a_candidate(repositories)
    resumes = [a_resume(owner.id, minute=i) for i in range(count)]
    for resume in resumes:
        await repositories.resumes.add(resume, max_per_owner=10)
    return owner, resumes


async def _primaries(repositories, owner_id: str) -> list[str]:
    (page,) = await repositories.resumes.by_owners([owner_id], None, PageRequest())
    return [r.id for r in page.items if r.primary]


async def test_a_new_resume_is_not_primary_and_marking_one_unmarks_the_other(repositories):
    owner, (first, second) = await _owner_with(repositories, 2)
    assert await _primaries(repositories, owner.id) == []
    marked = await repositories.resumes.set_primary(first.id, owner.id, True)
    assert (marked.id, marked.primary) == (first.id, True)
    assert await _primaries(repositories, owner.id) == [first.id]
    await repositories.resumes.set_primary(second.id, owner.id, True)
    assert await _primaries(repositories, owner.id) == [second.id]
    (stored_first, stored_second) = await repositories.resumes.get_many([first.id, second.id])
    assert (stored_first.primary, stored_second.primary) == (False, True)


async def test_unmarking_leaves_no_primary_and_marking_twice_changes_nothing(repositories):
    owner, (resume,) = await _owner_with(repositories, 1)
    await repositories.resumes.set_primary(resume.id, owner.id, True)
    again = await repositories.resumes.set_primary(resume.id, owner.id, True)
    assert again.primary is True
    unmarked = await repositories.resumes.set_primary(resume.id, owner.id, False)
    assert unmarked.primary is False
    assert await _primaries(repositories, owner.id) == []
    # Marked again after an unmark: the owner's mark was released.
    await repositories.resumes.set_primary(resume.id, owner.id, True)
    assert await _primaries(repositories, owner.id) == [resume.id]


async def test_another_owners_resume_or_an_unknown_one_is_not_marked(repositories):
    owner, (resume,) = await _owner_with(repositories, 1)
    stranger = await a_candidate(repositories)
    assert await repositories.resumes.set_primary(resume.id, stranger.id, True) is None
    assert await repositories.resumes.set_primary("no-such-resume", owner.id, True) is None
    assert await _primaries(repositories, owner.id) == []


async def test_deleting_the_primary_leaves_none_and_another_can_be_marked(repositories):
    owner, (first, second) = await _owner_with(repositories, 2)
    await repositories.resumes.set_primary(first.id, owner.id, True)
    deleted = await repositories.resumes.delete(first.id)
    assert deleted.primary is True
    assert await _primaries(repositories, owner.id) == []
    await repositories.resumes.set_primary(second.id, owner.id, True)
    assert await _primaries(repositories, owner.id) == [second.id]
    assert await repositories.resumes.delete(second.id) is not None


async def test_two_marks_of_different_resumes_at_once_leave_exactly_one_primary(repositories):
    owner, resumes = await _owner_with(repositories, 3)
    for round_ in range(6):
        # Each round starts from another state: none, or one of them marked.
        contenders = [resumes[round_ % 3], resumes[(round_ + 1) % 3]]
        results = await asyncio.gather(*(repositories.resumes.set_primary(r.id, owner.id, True) for r in contenders))
        assert all(r.primary for r in results)
        primaries = await _primaries(repositories, owner.id)
        assert len(primaries) == 1 and primaries[0] in {r.id for r in contenders}
        flags = await repositories.resumes.get_many([r.id for r in resumes])
        assert [r.id for r in flags if r.primary] == primaries


async def test_a_mark_racing_the_deletion_of_the_primary_leaves_at_most_one(repositories):
    owner, (first, second) = await _owner_with(repositories, 2)
    await repositories.resumes.set_primary(first.id, owner.id, True)
    await asyncio.gather(repositories.resumes.delete(first.id),
                         repositories.resumes.set_primary(second.id, owner.id, True))
    assert await _primaries(repositories, owner.id) == [second.id]
    # The owner's mark names a resume that exists: unmarking and marking still work.
    await repositories.resumes.set_primary(second.id, owner.id, False)
    assert await _primaries(repositories, owner.id) == []
