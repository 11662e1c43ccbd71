"""The ResumeRepository contract on both backends: dedupe by content, the per-owner cap,
pages per owner, status changes and deletion."""
from __future__ import annotations

import pytest

from domain.errors import BadUserInput
from domain.pagination import PageRequest
from domain.ports.resumes import AddedResume
from domain.resumes import ParsedResume, ResumeStatus, SkillEntry
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import (
    a_candidate,
    a_job,
    a_match,
    a_resume,
    an_employer,
    repositories_on,
)
from tests.integration.contract.resume_owner_backends import repositories  # noqa: F401 (a fixture)


async def test_the_same_file_twice_gives_back_the_stored_resume(repositories):
    owner = await a_candidate(repositories)
    first = a_resume(owner.id, sha256="a" * 64)
    assert await repositories.resumes.add(first, max_per_owner=5) == (first, True)
    again = a_resume(owner.id, sha256="a" * 64, minute=3)
    assert await repositories.resumes.add(again, max_per_owner=5) == (first, False)
    assert await repositories.resumes.get_many([again.id, first.id]) == [None, first]


async def test_the_same_file_under_another_name_is_the_stored_resume_named_anew(repositories):
    owner = await a_candidate(repositories)
    first = a_resume(owner.id, sha256="d" * 64)
    await repositories.resumes.add(first, max_per_owner=5)
    await repositories.resumes.set_status(first.id, ResumeStatus.PARSED, parsed=ParsedResume(name="Ada"))
    renamed = a_resume(owner.id, sha256="d" * 64, minute=3).model_copy(update={"filename": "Ada CV 2026.pdf"})
    stored, created = await repositories.resumes.add(renamed, max_per_owner=5)
    assert (stored.id, stored.filename, stored.status, created) == (first.id, "Ada CV 2026.pdf", ResumeStatus.PARSED, False)
    assert stored.parsed == ParsedResume(name="Ada")
    assert await repositories.resumes.get_many([renamed.id, first.id]) == [None, stored]


async def test_the_same_file_renamed_tells_the_name_it_had_before(repositories):
    owner = await a_candidate(repositories)
    first = a_resume(owner.id, sha256="e" * 64).model_copy(update={"filename": "cv_old.pdf"})
    assert await repositories.resumes.add_or_find(first, max_per_owner=5) == AddedResume(first, True)
    renamed = a_resume(owner.id, sha256="e" * 64, minute=3).model_copy(update={"filename": "cv_new.pdf"})
    added = await repositories.resumes.add_or_find(renamed, max_per_owner=5)
    assert (added.resume.id, added.resume.filename, added.created) == (first.id, "cv_new.pdf", False)
    assert (added.earlier_filename, added.resume.uploaded_at) == ("cv_old.pdf", first.uploaded_at)
    same_name = await repositories.resumes.add_or_find(renamed.model_copy(update={"id": "x"}), max_per_owner=5)
    assert (same_name.resume.filename, same_name.earlier_filename) == ("cv_new.pdf", None)

async def test_another_owner_may_upload_the_same_file(repositories):
    one, other = await a_candidate(repositories), await a_candidate(repositories)
    await repositories.resumes.add(a_resume(one.id, sha256="b" * 64), max_per_owner=5)
    theirs = a_resume(other.id, sha256="b" * 64)
    assert await repositories.resumes.add(theirs, max_per_owner=5) == (theirs, True)


async def test_an_owner_past_the_cap_is_refused_and_nothing_is_stored(repositories):
    owner = await a_candidate(repositories)
    for minute in range(2):
        await repositories.resumes.add(a_resume(owner.id, minute=minute), max_per_owner=2)
    extra = a_resume(owner.id, minute=5)
    with pytest.raises(BadUserInput) as raised:
        await repositories.resumes.add(extra, max_per_owner=2)
    assert raised.value.extensions == {"field": "file"}
    assert await repositories.resumes.get_many([extra.id]) == [None]
    (page,) = await repositories.resumes.by_owners([owner.id], None, PageRequest())
    assert page.total == 2


async def test_a_duplicate_at_the_cap_is_still_found_rather_than_refused(repositories):
    owner = await a_candidate(repositories)
    stored = a_resume(owner.id, sha256="c" * 64)
    await repositories.resumes.add(stored, max_per_owner=1)
    assert await repositories.resumes.add(a_resume(owner.id, sha256="c" * 64), max_per_owner=1) == (stored, False)


async def test_deleting_frees_a_place_under_the_cap(repositories):
    owner = await a_candidate(repositories)
    first = a_resume(owner.id)
    await repositories.resumes.add(first, max_per_owner=1)
    assert await repositories.resumes.delete(first.id) == first
    assert await repositories.resumes.delete(first.id) is None
    replacement = a_resume(owner.id, sha256=first.sha256)
    assert await repositories.resumes.add(replacement, max_per_owner=1) == (replacement, True)


async def test_owners_pages_are_newest_first_with_totals(repositories):
    one, other = await a_candidate(repositories), await a_candidate(repositories)
    mine = [a_resume(one.id, minute=i) for i in range(3)]
    for resume in mine:
        await repositories.resumes.add(resume, max_per_owner=10)
    pages = await repositories.resumes.by_owners([other.id, one.id], None, PageRequest(first=2))
    assert [[r.id for r in p.items] for p in pages] == [[], [mine[2].id, mine[1].id]]
    assert [p.total for p in pages] == [0, 3]


async def test_status_moves_keep_the_parse_and_clear_the_failure(repositories):
    owner = await a_candidate(repositories)
    resume = a_resume(owner.id)
    await repositories.resumes.add(resume, max_per_owner=5)
    await repositories.resumes.set_status(resume.id, ResumeStatus.FAILED, "The file is encrypted.")
    (failed,) = await repositories.resumes.get_many([resume.id])
    assert (failed.status, failed.failure_reason) == (ResumeStatus.FAILED, "The file is encrypted.")
    parsed = ParsedResume(name="Ada", skills=[SkillEntry(name="Python")], total_years_experience=6.5,
                          sections={"skills": "Python, SQL"})
    await repositories.resumes.set_status(resume.id, ResumeStatus.PARSED, parsed=parsed)
    await repositories.resumes.set_status(resume.id, ResumeStatus.PARSED)
    (done,) = await repositories.resumes.get_many([resume.id])
    assert (done.status, done.failure_reason, done.parsed) == (ResumeStatus.PARSED, None, parsed)


async def test_only_a_failed_resume_is_retried_and_only_once(repositories):
    owner = await a_candidate(repositories)
    resume = a_resume(owner.id)
    await repositories.resumes.add(resume, max_per_owner=5)
    assert await repositories.resumes.retry_failed(resume.id) is False  # UPLOADED: nothing to retry
    await repositories.resumes.set_status(resume.id, ResumeStatus.FAILED, "Processing failed several times.")
    assert await repositories.resumes.retry_failed(resume.id) is True
    (again,) = await repositories.resumes.get_many([resume.id])
    assert (again.status, again.failure_reason) == (ResumeStatus.UPLOADED, None)
    assert await repositories.resumes.retry_failed(resume.id) is False
    assert await repositories.resumes.retry_failed("no-such-resume") is False


async def test_a_sha_is_in_use_while_any_owner_keeps_the_file(repositories):
    one, other = await a_candidate(repositories), await a_candidate(repositories)
    mine, theirs = a_resume(one.id, sha256="d" * 64), a_resume(other.id, sha256="d" * 64)
    await repositories.resumes.add(mine, max_per_owner=5)
    await repositories.resumes.add(theirs, max_per_owner=5)
    await repositories.resumes.delete(mine.id)
    assert await repositories.resumes.sha_in_use("d" * 64)
    await repositories.resumes.delete(theirs.id)
    assert not await repositories.resumes.sha_in_use("d" * 64)


@pytest.fixture(params=BACKENDS)
async def stores(request, database, aws_clients, aws_names):
    """The real repositories only: a resume's matches live in another repository."""
    return await repositories_on(request.param, database, aws_clients, aws_names)


async def test_deleting_a_resume_takes_its_matches_with_it(stores):
    repositories = stores
    owner = await a_candidate(repositories)
    _, acme = await an_employer(repositories)
    job = a_job(acme.id)
    await repositories.jobs.add(job)
    resume = a_resume(owner.id)
    await repositories.resumes.add(resume, max_per_owner=5)
    match = a_match(owner.id, job.id, resume.id, 0.8)
    await repositories.matches.upsert([match])
    await repositories.resumes.delete(resume.id)
    assert await repositories.matches.get_many([match.id]) == [None]
    (page,) = await repositories.matches.by_jobs([job.id], None, PageRequest())
    assert page.total == 0
