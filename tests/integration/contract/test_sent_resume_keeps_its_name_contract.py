"""ResumeRepository.add on both backends: a résumé an organization received keeps the name it
was sent under when its bytes are uploaded again under another (the application's own write
marks it sent, first or sent again after a withdrawal); one never sent takes the new name. On
DynamoDB a résumé item stored before the mark is found sent through the candidate's applications."""
from __future__ import annotations

from domain.applications import ApplicationEvent, ApplicationStatus
from tests.integration.contract.repository_backends import (  # noqa: F401 (a fixture)
    a_candidate,
    a_job,
    a_resume,
    an_application,
    an_employer,
    at,
    repositories,
)


async def _applied_with(repositories, resume_id: str, candidate_id: str):
    _, organization = await an_employer(repositories)
    job = a_job(organization.id)
    await repositories.jobs.add(job)
    application, event = an_application(job.id, candidate_id, resume_id)
    await repositories.applications.add(application, event, organization_id=organization.id)
    return application


async def _uploaded_again(repositories, sent, name: str):
    again = a_resume(sent.owner_id, sha256=sent.sha256, minute=5).model_copy(update={"filename": name})
    return await repositories.resumes.add(again, max_per_owner=5)


async def test_a_resume_sent_with_an_application_keeps_its_name(repositories):
    candidate = await a_candidate(repositories)
    sent = a_resume(candidate.id)
    await repositories.resumes.add(sent, max_per_owner=5)
    await _applied_with(repositories, sent.id, candidate.id)

    stored, created = await _uploaded_again(repositories, sent, "Renamed CV.pdf")
    assert (stored.id, stored.filename, stored.sent_to_employer, created) == (sent.id, "cv.pdf", True, False)
    (read,) = await repositories.resumes.get_many([sent.id])
    assert (read.filename, read.sent_to_employer) == ("cv.pdf", True)


async def test_a_resume_sent_again_after_a_withdrawal_keeps_its_name_and_the_unsent_one_is_renamed(repositories):
    candidate = await a_candidate(repositories)
    first, second, unsent = (a_resume(candidate.id, minute=m) for m in (0, 1, 2))
    for resume in (first, second, unsent):
        await repositories.resumes.add(resume, max_per_owner=5)
    application = await _applied_with(repositories, first.id, candidate.id)
    withdrawn = application.model_copy(update={"status": ApplicationStatus.WITHDRAWN, "updated_at": at(3)})
    withdrawn = await repositories.applications.transition(
        withdrawn, ApplicationEvent(status=ApplicationStatus.WITHDRAWN, at=at(3), by_user_id=candidate.id), 1)
    reopened = withdrawn.model_copy(update={"status": ApplicationStatus.SUBMITTED, "resume_id": second.id,
                                            "updated_at": at(4)})
    await repositories.applications.transition(
        reopened, ApplicationEvent(status=ApplicationStatus.SUBMITTED, at=at(4), by_user_id=candidate.id,
                                   resume_id=second.id), 2, resubmitted=True)

    assert (await _uploaded_again(repositories, second, "Second, renamed.pdf"))[0].filename == "cv.pdf"
    assert (await _uploaded_again(repositories, unsent, "Unsent, renamed.pdf"))[0].filename == "Unsent, renamed.pdf"
    assert [r.filename for r in await repositories.resumes.get_many([second.id, unsent.id])] == [
        "cv.pdf", "Unsent, renamed.pdf"]
