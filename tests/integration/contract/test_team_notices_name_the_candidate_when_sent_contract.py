"""A hiring team's notice of an application is queued naming nobody and names its candidate as
it is handed to the provider, looked up then: a mail queued before the candidate erased their
account and delivered after it says they have since left, and the name is in no stored copy.
Both backends' stores and erasure, each backend's own queue and dispatcher."""
from __future__ import annotations

import json

from adapters.aws.notify.queued_outbox import QueuedDeliveries, delivery_payload
from adapters.embedded.notifications.dispatcher import OutboxDispatcher
from adapters.embedded.sqlite.outbox import SqliteOutbox
from domain.channels import Channel
from domain.ports.notifications import Delivery, Message
from domain.services.application_processing import ApplicationProcessor
from domain.services.candidate_naming import CandidateNames, NamingSender
from tests.fakes.accounts import RecordingEventBus
from tests.integration.contract.account_port_backends import ports  # noqa: F401 (a fixture)
from tests.integration.contract.repository_backends import a_candidate, a_job, an_application, an_employer

LEFT = "Application (from a candidate who has since left) for Night Porter: submitted"


class _Mail:
    def __init__(self) -> None:
        self.sent: list[Message] = []

    async def send(self, messages: list[Message]) -> None:
        self.sent.extend(messages)


class _Provider:
    channel = Channel.EMAIL

    def __init__(self) -> None:
        self.delivered: list[Delivery] = []

    async def deliver(self, delivery: Delivery) -> None:
        self.delivered.append(delivery)


class _Ledger:
    async def claim(self, key: str) -> bool:
        return True

    async def release(self, key: str) -> None:
        return None


async def _forget(device_id: str) -> None:
    return None


async def _teams_notice(ports) -> tuple[Delivery, str, str]:  # noqa: F811
    """The team's notice of an application as the notifier queues its email, the candidate's
    id and name."""
    employer, organization = await an_employer(ports)
    job = a_job(organization.id, title="Night Porter")
    await ports.jobs.add(job)
    candidate = await a_candidate(ports)
    application, event = an_application(job.id, candidate.id)
    await ports.applications.add(application, event)
    mail = _Mail()
    await ApplicationProcessor(ports.applications, ports.jobs, ports.resumes, ports.users, mail,
                               RecordingEventBus()).process(application.id, 1)
    (notice,) = [m for m in mail.sent if m.user_id == employer.id]
    delivery = Delivery(user_id=employer.id, channel=Channel.EMAIL, recipient=employer.email, kind=notice.kind,
                        subject=notice.subject, text=notice.text, data=notice.data, dedupe_key=notice.dedupe_key,
                        organization_id=notice.organization_id)
    return delivery, candidate.id, candidate.name


async def test_the_notice_names_its_candidate_as_sent_and_stores_no_name(ports):  # noqa: F811
    delivery, _, name = await _teams_notice(ports)
    assert name not in f"{delivery.subject} {delivery.text} {json.dumps(delivery.data)}"
    provider = _Provider()
    await NamingSender(provider, CandidateNames(ports.applications, ports.users, ports.resumes)).deliver(delivery)
    (sent,) = provider.delivered
    assert sent.subject == f"Application from {name} for Night Porter: submitted"
    assert sent.text == f"The application from {name} for Night Porter was submitted."
    assert name not in json.dumps(sent.data)


async def test_a_mail_queued_before_the_erasure_and_sent_after_it_carries_no_name(ports, request, database):  # noqa: F811
    delivery, candidate_id, name = await _teams_notice(ports)
    provider = _Provider()
    naming = NamingSender(provider, CandidateNames(ports.applications, ports.users, ports.resumes))
    embedded = request.node.callspec.params["ports"] == "embedded"
    if embedded:
        outbox = SqliteOutbox(database)
        await outbox.enqueue([delivery])
    else:
        queued = delivery_payload(delivery)  # the work item's payload, as SQS keeps it

    await ports.account_store.erase(candidate_id)

    if embedded:
        await OutboxDispatcher(outbox, {Channel.EMAIL: naming}, _forget).run_once()
        kept = await database.fetch_all("SELECT subject, body_text, data, state FROM outbox")
        assert [row["state"] for row in kept] == ["sent"]
        assert all(name not in f"{row['subject']} {row['body_text']} {row['data']}" for row in kept)
    else:
        await QueuedDeliveries({Channel.EMAIL: naming}, _Ledger(), _forget, ports.users).deliver(queued)
    (sent,) = provider.delivered
    assert sent.subject == LEFT
    assert sent.text == "An application (from a candidate who has since left) for Night Porter was submitted."
    assert "Ada" not in f"{sent.subject} {sent.text} {json.dumps(sent.data)}"
