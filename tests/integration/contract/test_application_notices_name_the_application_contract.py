"""The hiring team's notice of an application names the application and its job by id, never
the candidate by name (a stored notice would keep the name after an erasure); the candidate's
own notices (the receipt of applying, then each move) name the job. Both backends."""
from __future__ import annotations

from domain.applications import ApplicationEvent, ApplicationStatus
from domain.ports.notifications import Message
from domain.services.application_processing import ApplicationProcessor
from tests.fakes.accounts import RecordingEventBus
from tests.integration.contract.repository_backends import (  # noqa: F401
    a_candidate,
    a_job,
    an_application,
    an_employer,
    at,
    repositories,
)


class _Mail:
    def __init__(self) -> None:
        self.sent: list[Message] = []

    async def send(self, messages: list[Message]) -> None:
        self.sent.extend(messages)


async def test_the_teams_notice_names_the_application_and_job_not_the_candidate(repositories):
    employer, organization = await an_employer(repositories)
    job = a_job(organization.id, title="Travel Nurse (13 weeks)")
    await repositories.jobs.add(job)
    candidate = await a_candidate(repositories)
    named, event = an_application(job.id, candidate.id)
    await repositories.applications.add(named, event)
    erased, event = an_application(job.id, None, minute=1)
    await repositories.applications.add(erased, event)
    mail = _Mail()
    processor = ApplicationProcessor(repositories.applications, repositories.jobs, repositories.resumes,
                                     repositories.users, mail, RecordingEventBus())

    for application in (named, erased):
        await processor.process(application.id, 1)
    told = {m.data["applicationId"]: m for m in mail.sent if m.user_id == employer.id}
    for notice in told.values():
        assert candidate.name not in f"{notice.subject} {notice.text} {notice.data}"
        assert "candidateName" not in notice.data
    assert {m.data["jobId"] for m in told.values()} == {job.id}
    assert {m.dedupe_key for m in told.values()} == {f"application:{a.id}:1:{employer.id}" for a in (named, erased)}

    moved = named.model_copy(update={"status": ApplicationStatus.SCREENING, "updated_at": at(5)})
    step = ApplicationEvent(status=ApplicationStatus.SCREENING, at=at(5), by_user_id=employer.id)
    await repositories.applications.transition(moved, step, 1)
    await processor.process(named.id, 2)
    receipt, news = [m for m in mail.sent if m.user_id == candidate.id]
    assert (receipt.data["jobId"], receipt.dedupe_key) == (job.id, f"application:{named.id}:1:{candidate.id}")
    assert (news.data["jobId"], news.dedupe_key) == (job.id, f"application:{named.id}:2:{candidate.id}")
    assert "candidateName" not in news.data
