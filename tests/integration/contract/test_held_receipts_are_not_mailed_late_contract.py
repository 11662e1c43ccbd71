"""A candidate's receipt of applying is mailed when it is news, or never: not when their
address, unproven as they applied, is proven later (anyone can sign up with a stranger's
address, and a receipt mailed at a later step reads as a new application), nor when it is
processed an hour or more after applying (its work item failing until then, found unprocessed
at the next move). It stays in the in-app inbox either way. Both backends' users and applications, the
notifier the worker uses, and a recording outbox."""
from __future__ import annotations

from datetime import timedelta

from domain.applications import ApplicationChange, ApplicationEvent, ApplicationStatus
from domain.channels import Channel
from domain.ports.notifications import Delivery
from domain.services.application_processing import ApplicationProcessor
from domain.services.notifications import ChannelNotifier
from tests.fakes.account_lifecycle import FakeDevices
from tests.fakes.accounts import FixedClock, RecordingEventBus
from tests.fakes.inbox import FakeInbox
from tests.integration.contract.repository_backends import (  # noqa: F401 (a fixture)
    a_candidate,
    a_job,
    an_application,
    an_employer,
    at,
    repositories,
)


class _Outbox:
    def __init__(self) -> None:
        self.deliveries: list[Delivery] = []

    async def enqueue(self, deliveries: list[Delivery]) -> None:
        self.deliveries.extend(deliveries)

    def mailed(self, user_id: str) -> list[str]:
        return [d.subject for d in self.deliveries if d.user_id == user_id and d.channel is Channel.EMAIL]


async def _applied(repositories, *, proven: bool, processed_after: timedelta = timedelta(minutes=1)):
    employer, organization = await an_employer(repositories, verified=True)
    job = a_job(organization.id, title="Line Cook")
    await repositories.jobs.add(job)
    candidate = await a_candidate(repositories, verified=proven)
    application, event = an_application(job.id, candidate.id)
    await repositories.applications.add(application, event, organization_id=organization.id)
    outbox, inbox = _Outbox(), FakeInbox()
    notifier = ChannelNotifier(repositories.users, FakeDevices(), outbox, inbox=inbox,
                               clock=FixedClock(at(0) + processed_after))
    processor = ApplicationProcessor(repositories.applications, repositories.jobs, repositories.resumes,
                                     repositories.users, notifier, RecordingEventBus())
    submitted = ApplicationChange(application_id=application.id, version=1, from_status=None,
                                  to_status=ApplicationStatus.SUBMITTED, actor_id=candidate.id, at=at(0),
                                  submitter_address_proven=proven)
    return application, candidate, employer, processor, (outbox, inbox), submitted


RECEIPT = "Your application to Line Cook was received"
MOVED = "Your application for Line Cook: submitted → screening"


async def test_a_receipt_for_an_address_unproven_when_applying_is_never_mailed(repositories):
    application, candidate, _, processor, (outbox, inbox), submitted = await _applied(repositories, proven=False)
    await repositories.users.set_email_verified(candidate.id)  # proven before the receipt was processed

    await processor.process(application.id, 1, submitted.model_dump(mode="json"))
    assert outbox.mailed(candidate.id) == []
    assert await inbox.unread_counts([candidate.id]) == [1]


async def _moved_to_screening(repositories, application, employer, minute: float) -> ApplicationChange:
    """The team moves the application to screening `minute` minutes on: the move's change."""
    moved = application.model_copy(update={"status": ApplicationStatus.SCREENING, "updated_at": at(minute)})
    await repositories.applications.transition(
        moved, ApplicationEvent(status=ApplicationStatus.SCREENING, at=at(minute), by_user_id=employer.id), 1)
    return ApplicationChange(application_id=application.id, version=2, from_status=ApplicationStatus.SUBMITTED,
                             to_status=ApplicationStatus.SCREENING, actor_id=employer.id, at=at(minute))


async def test_a_receipt_found_unprocessed_at_a_move_hours_later_is_kept_in_the_inbox_and_not_mailed(repositories):
    application, candidate, employer, processor, (outbox, inbox), _ = await _applied(
        repositories, proven=True, processed_after=timedelta(hours=3))
    screening = await _moved_to_screening(repositories, application, employer, minute=179)

    # The submission's own item failed until then: the move's processing finds it unprocessed.
    await processor.process(application.id, 2, screening.model_dump(mode="json"))
    assert outbox.mailed(candidate.id) == [MOVED]
    assert await inbox.unread_counts([candidate.id]) == [2]


async def test_a_receipt_processed_as_news_for_a_proven_address_is_mailed(repositories):
    application, candidate, _, processor, (outbox, _), submitted = await _applied(repositories, proven=True)
    await processor.process(application.id, 1, submitted.model_dump(mode="json"))
    assert outbox.mailed(candidate.id) == [RECEIPT]


async def test_a_receipt_found_unprocessed_at_a_quick_move_is_still_mailed(repositories):
    application, candidate, employer, processor, (outbox, _), _ = await _applied(repositories, proven=True)
    screening = await _moved_to_screening(repositories, application, employer, minute=0.5)

    await processor.process(application.id, 2, screening.model_dump(mode="json"))
    assert outbox.mailed(candidate.id) == [RECEIPT, MOVED]
