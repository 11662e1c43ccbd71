"""Marking a resume primary through the service: only its owner (not even an admin), never a
resume that failed to process, and the candidate's recomputation handed over with the change."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.errors import BadUserInput, NotFound
from domain.resumes import Resume, ResumeStatus
from domain.services.matching_triggers import MATCH_CANDIDATE, MatchingWork
from domain.services.resumes import ResumeService
from domain.users import Role, User
from tests.fakes.resumes import FakeResumes

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def a_user(user_id: str, role: Role = Role.CANDIDATE) -> User:
    return User(id=user_id, email=f"{user_id}@example.com", name=user_id, role=role, password_hash="x",
                created_at=NOW)


def a_resume(resume_id: str, owner: str = "ada", status: ResumeStatus = ResumeStatus.PARSED) -> Resume:
    return Resume(id=resume_id, owner_id=owner, filename="cv.txt", content_type="text/plain", size_bytes=1,
                  sha256=resume_id * 8, status=status, uploaded_at=NOW)


def service(resumes: FakeResumes) -> ResumeService:
    # Marking touches only the repository: blobs, queue, events, sniffing and rules are unused.
    return ResumeService(resumes, None, None, None, None, None, None, matching=MatchingWork())


async def test_the_owner_marks_and_unmarks_and_each_change_hands_over_a_recomputation():
    resumes = FakeResumes(a_resume("one"), a_resume("two"))
    ada = a_user("ada")
    assert (await service(resumes).set_primary(ada, "one", True)).primary
    assert (await service(resumes).set_primary(ada, "two", True)).primary
    assert [r.id for r in resumes.rows.values() if r.primary] == ["two"]
    assert not (await service(resumes).set_primary(ada, "two", False)).primary
    assert [(w.kind, w.payload) for w in resumes.work] == [(MATCH_CANDIDATE, {"user_id": "ada"})] * 3
    # Each change is its own work item: none coalesces into a recomputation already running.
    assert len({w.dedupe_key for w in resumes.work}) == 3


@pytest.mark.parametrize("role", [Role.CANDIDATE, Role.ADMIN])
async def test_nobody_but_the_owner_may_mark_it(role):
    # Told as an unknown id is: a refusal naming the owner would confirm that the id names one.
    resumes = FakeResumes(a_resume("one"))
    with pytest.raises(NotFound):
        await service(resumes).set_primary(a_user("eve", role), "one", True)
    assert not resumes.rows["one"].primary and resumes.work == []


async def test_an_unknown_resume_is_not_found():
    with pytest.raises(NotFound):
        await service(FakeResumes()).set_primary(a_user("ada"), "nope", True)


async def test_a_resume_that_failed_to_process_cannot_be_primary_but_can_be_unmarked():
    resumes = FakeResumes(a_resume("bad", status=ResumeStatus.FAILED))
    with pytest.raises(BadUserInput) as refused:
        await service(resumes).set_primary(a_user("ada"), "bad", True)
    assert "upload a readable file" in refused.value.message
    assert not (await service(resumes).set_primary(a_user("ada"), "bad", False)).primary
