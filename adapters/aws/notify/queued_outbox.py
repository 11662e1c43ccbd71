"""The notification outbox in AWS mode is the SQS work queue: each delivery (one message on
one channel to one address) becomes a work item, and whichever replica's worker takes it
hands it to that channel's sender (SES or the SNS topic for email, SNS for SMS and push).
SQS gives what the embedded outbox table and its dispatcher give on one machine: the
delivery survives a crash, is retried with backoff (visibility timeout) and ends in the
dead-letter queue once its attempts are spent, and no replica needs a polling loop.

A dedupe key is claimed in the DynamoDB ledger just before sending (hashed: the key names
the address), so a retried work item or a message sent twice never goes out twice; a
transient failure gives the claim back for the next attempt. A recipient the provider
refuses for good is not retried, and a refused push device is forgotten."""
from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from adapters.periodic_task import PeriodicTask
from domain.channels import Channel
from domain.ports.accounts import UserRepository
from domain.ports.notifications import ChannelSender, Delivery, RecipientRejected
from domain.ports.queue import WorkQueue

log = logging.getLogger(__name__)

DELIVER_NOTIFICATION = "deliver_notification"


class DedupeLedger(Protocol):
    async def claim(self, key: str) -> bool:
        """True the first time a key is claimed, False ever after (until released)."""
        ...

    async def release(self, key: str) -> None: ...


def _subject(text: str) -> str:
    # SNS subjects: at most 100 printable ASCII characters, no line breaks.
    flat = " ".join(text.split()).encode("ascii", "replace").decode()
    return flat[:100] or "TalentGraph"


def delivery_payload(delivery: Delivery) -> dict[str, Any]:
    """The work item's payload that carries `delivery` (DELIVER_NOTIFICATION)."""
    return _payload(delivery)


def _payload(delivery: Delivery) -> dict[str, Any]:
    return {
        "user_id": delivery.user_id, "channel": delivery.channel.value, "recipient": delivery.recipient,
        "kind": delivery.kind, "subject": delivery.subject, "text": delivery.text, "html": delivery.html,
        "data": delivery.data, "dedupe_key": delivery.dedupe_key, "device_id": delivery.device_id,
        "organization_id": delivery.organization_id,
    }


def _delivery(payload: dict[str, Any]) -> Delivery:
    return Delivery(**{**payload, "channel": Channel(payload["channel"])})


class QueuedOutbox:
    """domain.ports.notifications.Outbox over the work queue."""

    def __init__(self, queue: WorkQueue) -> None:
        self._queue = queue

    async def enqueue(self, deliveries: list[Delivery]) -> None:
        for delivery in deliveries:
            await self._queue.enqueue(DELIVER_NOTIFICATION, _payload(delivery), dedupe_key=delivery.dedupe_key)


class QueuedDeliveries:
    """The worker side. `work` names the work-item kinds it handles (the bootstrap adds
    them to the worker pool); start/stop exist because the lifespan runs a dispatcher."""

    def __init__(self, senders: dict[Channel, ChannelSender], ledger: DedupeLedger,
                 forget_device: Callable[[str], Awaitable[None]], users: UserRepository | None = None,
                 send_digests: Callable[[], Awaitable[bool]] | None = None, digest_seconds: float = 60.0) -> None:
        self._senders = senders
        self._ledger = ledger
        self._forget_device = forget_device
        self._users = users
        self.work: dict[str, Callable[[dict[str, Any]], Awaitable[None]]] = {DELIVER_NOTIFICATION: self.deliver}
        # The daily digests of closed days (domain/services/match_digests.py): every replica's
        # worker runs the pass; each day's claim lets one of them send it.
        self._digests = PeriodicTask(
            "match-digests", send_digests, interval_seconds=digest_seconds, logger=log,
            failure_message="sending the daily digests failed; trying again") if send_digests is not None else None

    def start(self) -> None:
        """The worker pool leases deliveries from the queue; only the digests' pass runs here."""
        if self._digests is not None:
            self._digests.start()

    async def stop(self) -> None:
        if self._digests is not None:
            await self._digests.stop()

    async def deliver(self, payload: dict[str, Any]) -> None:
        delivery = _delivery(payload)
        sender = self._senders.get(delivery.channel)
        if sender is None:
            log.warning("no sender is configured for %s; dropping a %s notification",
                        delivery.channel.value, delivery.kind)
            return
        if not await self._still_addressed(delivery):
            log.info("dropping a %s notification: its person no longer recruits for the organization", delivery.kind)
            return
        claim = hashlib.sha256(delivery.dedupe_key.encode()).hexdigest() if delivery.dedupe_key else None
        if claim and not await self._ledger.claim(claim):
            return
        try:
            await sender.deliver(delivery)
        except RecipientRejected as rejected:
            log.warning("the provider refused a %s recipient for good: %s", delivery.channel.value, rejected.reason)
            if delivery.device_id:
                await self._forget_device(delivery.device_id)
        except BaseException:
            if claim:
                await self._ledger.release(claim)
            raise


    async def _still_addressed(self, delivery: Delivery) -> bool:
        """Read (strongly) just before the hand-over: a leaving that committed after the message
        was queued stops it; one committing during the send itself cannot."""
        if delivery.organization_id is None or self._users is None:
            return True
        (person,) = await self._users.get_many([delivery.user_id])
        return person is not None and person.organization_id == delivery.organization_id


class TopicEmailSender:
    """Email when no SES sender is configured: the delivery is published to the SNS topic,
    for whatever the operator subscribed to it (a mail relay, a Lambda, a queue)."""

    channel = Channel.EMAIL

    def __init__(self, sns: Any, topic_arn: str) -> None:
        self._sns = sns
        self._topic_arn = topic_arn

    async def deliver(self, delivery: Delivery) -> None:
        await self._sns.publish(
            TopicArn=self._topic_arn, Subject=_subject(delivery.subject),
            Message=json.dumps({**_payload(delivery), "channel": delivery.channel.value}),
            MessageAttributes={
                "kind": {"DataType": "String", "StringValue": delivery.kind},
                "user_id": {"DataType": "String", "StringValue": delivery.user_id},
            },
        )
