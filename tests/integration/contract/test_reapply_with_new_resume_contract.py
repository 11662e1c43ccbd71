"""Applying again after a withdrawal with another résumé and cover letter, on both backends:
the same application is reopened with the ones sent again (checked as a first application's
are: the résumé must be the candidate's own and processed), and its history keeps what each
submission was sent with. A résumé refused leaves the withdrawn application as it was."""
from __future__ import annotations

import pytest

from domain.applications import ApplicationStatus
from domain.clock import SystemClock
from domain.errors import BadUserInput, NotFound
from domain.pagination import PageRequest
from domain.resumes import ResumeStatus
from domain.services.applications import ApplicationService
from tests.fakes.work_queue import InMemoryWorkQueue
from tests.integration.contract.repository_backends import (  # noqa: F401
    a_candidate,
    a_job,
    a_resume,
    an_employer,
    repositories,
)
from tests.integration.contract.test_reopen_after_withdrawal_contract import _service
from tests.integration.contract.test_reopen_after_withdrawal_contract import _withdrawn as withdrawn_with


async def _withdrawn(repositories):
    _, job, candidate, first, application = await withdrawn_with(repositories, "Dear team, first letter.")
    return job, candidate, first, application


async def test_applying_again_uses_the_resume_and_letter_sent_again_and_keeps_the_first_in_history(repositories):
    job, candidate, first, application = await _withdrawn(repositories)
    second = a_resume(candidate.id, minute=5)
    await repositories.resumes.add(second, max_per_owner=5)

    reopened = await _service(repositories).apply(candidate, job.id, second.id, "Dear team, second letter.")

    assert reopened.id == application.id and reopened.status is ApplicationStatus.SUBMITTED
    assert (reopened.resume_id, reopened.cover_letter) == (second.id, "Dear team, second letter.")
    (stored,) = await repositories.applications.get_many([application.id])
    assert (stored.resume_id, stored.cover_letter, stored.version) == (second.id, "Dear team, second letter.", 3)
    (history,) = await repositories.applications.histories([application.id])
    assert [(e.status, e.resume_id, e.cover_letter) for e in history] == [
        (ApplicationStatus.SUBMITTED, first.id, "Dear team, first letter."),
        (ApplicationStatus.WITHDRAWN, None, None),
        (ApplicationStatus.SUBMITTED, second.id, "Dear team, second letter.")]


async def test_applying_again_without_a_letter_sends_none(repositories):
    job, candidate, first, application = await _withdrawn(repositories)
    reopened = await _service(repositories).apply(candidate, job.id, first.id, None)
    (stored,) = await repositories.applications.get_many([application.id])
    assert reopened.cover_letter is None and (stored.resume_id, stored.cover_letter) == (first.id, None)


async def test_applying_again_with_someone_elses_resume_is_refused_and_changes_nothing(repositories):
    job, candidate, first, application = await _withdrawn(repositories)
    other = await a_candidate(repositories, minute=1)
    theirs = a_resume(other.id, minute=6)
    await repositories.resumes.add(theirs, max_per_owner=5)
    with pytest.raises(NotFound) as refused:
        await _service(repositories).apply(candidate, job.id, theirs.id, "Dear team.")
    assert refused.value.extensions["field"] == "resumeId"
    (stored,) = await repositories.applications.get_many([application.id])
    assert (stored.status, stored.resume_id, stored.version) == (ApplicationStatus.WITHDRAWN, first.id, 2)


async def test_applying_again_with_a_resume_that_failed_processing_is_refused(repositories):
    job, candidate, first, application = await _withdrawn(repositories)
    failed = a_resume(candidate.id, minute=7).model_copy(update={"status": ResumeStatus.FAILED})
    await repositories.resumes.add(failed, max_per_owner=5)
    with pytest.raises(BadUserInput) as refused:
        await _service(repositories).apply(candidate, job.id, failed.id, None)
    assert refused.value.extensions["field"] == "resumeId"
    (stored,) = await repositories.applications.get_many([application.id])
    assert (stored.status, stored.resume_id) == (ApplicationStatus.WITHDRAWN, first.id)


async def _stored_snapshot(applications, application_id: str) -> str | None:
    """The résumé snapshot as stored (no port reads it back: it is the record of what was sent)."""
    if hasattr(applications, "_db"):
        row = await applications._db.fetch_one("SELECT resume_snapshot FROM applications WHERE id = ?",
                                               (application_id,))
        return row["resume_snapshot"]
    from adapters.aws.dynamodb import keys

    item = await applications._table.get(keys.application(application_id))
    return item.get("resume_snapshot", {}).get("S")


async def test_processing_a_submission_sent_again_snapshots_the_resume_sent_again(repositories):
    from domain.services.application_processing import ApplicationProcessor
    from tests.fakes.accounts import RecordingEventBus
    from tests.integration.contract.test_application_notices_name_the_application_contract import _Mail

    job, candidate, first, application = await _withdrawn(repositories)
    processor = ApplicationProcessor(repositories.applications, repositories.jobs, repositories.resumes,
                                     repositories.users, _Mail(), RecordingEventBus())
    await processor.process(application.id, 2)
    assert first.id in (await _stored_snapshot(repositories.applications, application.id) or "")
    second = a_resume(candidate.id, minute=5)
    await repositories.resumes.add(second, max_per_owner=5)
    await _service(repositories).apply(candidate, job.id, second.id, None)
    await processor.process(application.id, 3)
    snapshot = await _stored_snapshot(repositories.applications, application.id) or ""
    assert second.id in snapshot and first.id not in snapshot


class _ResumesThen:
    """The résumé store, running `meanwhile` once right after the first read of a résumé: what
    another request commits between that read and the write that relies on it."""

    def __init__(self, resumes, meanwhile) -> None:
        self._resumes, self._meanwhile = resumes, meanwhile

    def __getattr__(self, name: str):
        return getattr(self._resumes, name)

    async def get_many(self, ids):
        found = await self._resumes.get_many(ids)
        if self._meanwhile is not None:
            meanwhile, self._meanwhile = self._meanwhile, None
            await meanwhile()
        return found


async def test_a_snapshot_taken_before_the_application_was_sent_again_is_not_kept(repositories):
    from domain.services.application_processing import ApplicationProcessor
    from tests.fakes.accounts import RecordingEventBus
    from tests.integration.contract.test_application_notices_name_the_application_contract import _Mail

    _, organization = await an_employer(repositories)
    job = a_job(organization.id)
    await repositories.jobs.add(job)
    candidate = await a_candidate(repositories)
    first, second = a_resume(candidate.id), a_resume(candidate.id, minute=5)
    for resume in (first, second):
        await repositories.resumes.add(resume, max_per_owner=5)
    service = _service(repositories)
    application = await service.apply(candidate, job.id, first.id, None)

    async def withdrawn_and_sent_again_with_the_second() -> None:
        await service.move(candidate, application.id, ApplicationStatus.WITHDRAWN, None)
        await service.apply(candidate, job.id, second.id, None)

    def processor(resumes) -> ApplicationProcessor:
        return ApplicationProcessor(repositories.applications, repositories.jobs, resumes, repositories.users,
                                    _Mail(), RecordingEventBus())

    # The first submission's processing read the first résumé; the second lands before it writes.
    await processor(_ResumesThen(repositories.resumes, withdrawn_and_sent_again_with_the_second)).process(
        application.id, 1)
    await processor(repositories.resumes).process(application.id, 3)

    snapshot = await _stored_snapshot(repositories.applications, application.id) or ""
    assert second.id in snapshot and first.id not in snapshot


async def test_a_snapshot_of_another_resume_than_the_one_applied_with_is_not_stored(repositories):
    job, candidate, first, application = await _withdrawn(repositories)
    await repositories.applications.snapshot_resume(application.id, "of another résumé", resume_id="another")
    assert await _stored_snapshot(repositories.applications, application.id) is None


async def test_a_resume_deleted_between_the_check_and_applying_again_is_refused_and_changes_nothing(repositories):
    job, candidate, first, application = await _withdrawn(repositories)
    second = a_resume(candidate.id, minute=5)
    await repositories.resumes.add(second, max_per_owner=5)

    async def deleted() -> None:
        await repositories.resumes.delete(second.id)

    service = ApplicationService(repositories.applications, repositories.jobs,
                                 _ResumesThen(repositories.resumes, deleted), InMemoryWorkQueue(), SystemClock())
    with pytest.raises(NotFound) as refused:
        await service.apply(candidate, job.id, second.id, "Dear team.")
    assert refused.value.extensions["field"] == "resumeId" and "upload one first" in str(refused.value)
    (stored,) = await repositories.applications.get_many([application.id])
    assert (stored.status, stored.resume_id, stored.version) == (ApplicationStatus.WITHDRAWN, first.id, 2)


async def test_a_resume_deleted_between_the_check_and_a_first_application_is_refused_and_nothing_stored(repositories):
    _, organization = await an_employer(repositories)
    job = a_job(organization.id)
    await repositories.jobs.add(job)
    candidate = await a_candidate(repositories)
    resume = a_resume(candidate.id)
    await repositories.resumes.add(resume, max_per_owner=5)

    async def deleted() -> None:
        await repositories.resumes.delete(resume.id)

    service = ApplicationService(repositories.applications, repositories.jobs,
                                 _ResumesThen(repositories.resumes, deleted), InMemoryWorkQueue(), SystemClock())
    with pytest.raises(NotFound) as refused:
        await service.apply(candidate, job.id, resume.id, None)
    assert refused.value.extensions["field"] == "resumeId"
    (page,) = await repositories.applications.by_candidates([candidate.id], None, PageRequest())
    assert page.items == []
