"""On AWS deliveries wait in the work queue: one sent to a recruiter about their organization is
handed to the provider only if they still recruit for it when a worker takes it (their leaving
may commit after the message was queued); everything else goes as before."""
from __future__ import annotations

from datetime import UTC, datetime

from adapters.aws.notify.queued_outbox import QueuedDeliveries, QueuedOutbox
from domain.channels import Channel
from domain.ports.notifications import Delivery
from domain.users import Organization, Role, User
from tests.fakes.accounts import FakeUsers
from tests.fakes.work_queue import InMemoryWorkQueue

START = datetime(2026, 1, 1, tzinfo=UTC)


class HandedOver:
    channel = Channel.EMAIL

    def __init__(self) -> None:
        self.subjects: list[str] = []

    async def deliver(self, delivery: Delivery) -> None:
        self.subjects.append(delivery.subject)


class Ledger:
    async def claim(self, key: str) -> bool:
        return True

    async def release(self, key: str) -> None:
        return None


async def _nothing_forgotten(device_id: str) -> None:
    return None


def _email(subject: str, organization_id: str | None) -> Delivery:
    return Delivery(user_id="cal", channel=Channel.EMAIL, recipient="cal@example.com", kind="application",
                    subject=subject, text="An application moved", organization_id=organization_id)


async def test_a_delivery_about_an_organization_its_recruiter_left_since_it_was_queued_is_not_handed_over():
    users = FakeUsers()
    await users.add(User(id="cal", email="cal@example.com", name="Cal", role=Role.EMPLOYER, password_hash="x",
                         organization_id="acme", created_at=START), Organization(id="acme", name="Acme", created_at=START))
    queue, sender = InMemoryWorkQueue(), HandedOver()
    await QueuedOutbox(queue).enqueue([_email("about Acme", "acme"), _email("their own", None)])
    users.users["cal"] = users.users["cal"].model_copy(update={"organization_id": None})  # left meanwhile

    deliveries = QueuedDeliveries({Channel.EMAIL: sender}, Ledger(), _nothing_forgotten, users)
    while (item := await queue.lease()) is not None:
        await deliveries.deliver(item.payload)
        await queue.complete(item)

    assert sender.subjects == ["their own"]
