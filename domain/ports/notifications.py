"""Out-of-band messages to people, and the channels that carry them.

Services hand a `Message` to the `Notifier`. The notifier (domain.services.notifications)
picks the channels the person chose for that kind of message and hands one `Delivery` per
channel and address to the `Outbox`, which keeps each with its state until a `ChannelSender`
(SMTP, SES, SNS, a log...) has carried it."""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from domain.channels import Channel
from domain.match_email_digest import DigestJob


@dataclass(frozen=True)
class Message:
    user_id: str
    kind: str  # "match", "application", "account"
    subject: str
    text: str
    html: str | None = None
    data: dict[str, str | int | None] = field(default_factory=dict)
    # The same dedupe key is only ever sent once: retried work never mails twice.
    dedupe_key: str | None = None
    # One line for SMS and push; the subject when absent.
    short: str | None = None
    # Set for messages that must take one channel whatever the preferences say (a reset
    # link goes by email; a phone code goes by SMS to the number being proven).
    only_channel: Channel | None = None
    recipient: str | None = None
    # Sent to the person as a recruiter of this organization: not delivered once they are no
    # longer one, and dropped from their inbox when they stop being one.
    organization_id: str | None = None
    # A "New candidates" notice: its email follows the person's matchEmailDigest (immediate,
    # in the day's digest, or none); its other channels and inbox entry go as they happen.
    digest_job: DigestJob | None = None
    # Part of getting into an account or proving or changing its address (the link that proves
    # an address, a reset, the notice of a password or address change, an invitation to sign
    # up): mailed whether or not the person's address is proven. Every other mail goes only to
    # a proven address, since anyone can sign up with a stranger's (services/notifications.py).
    sign_in_flow: bool = False
    # When what it tells of happened (an application's move): it goes on the channels the
    # person had chosen then, not on those chosen since, before the worker sent it.
    happened_at: datetime | None = None
    # Whether the person's address was proven when what it tells of happened (None: not known).
    # False: no mail of it, even once the address is proven; the other channels and the inbox
    # go on. Mail held back for an unproven address and sent later would arrive out of context
    # (a receipt after the moves that followed it reads as a new application).
    address_proven_then: bool | None = None
    # How long after `happened_at` it is still news: sent later (its work failing until then,
    # or found unprocessed by a later change's), it is kept in the inbox, where it sits in its
    # place, and handed to no channel. None: news whenever it goes.
    news_for: timedelta | None = None

    def stale_at(self, now: datetime) -> bool:
        return self.news_for is not None and self.happened_at is not None and now - self.happened_at > self.news_for


@dataclass(frozen=True)
class Delivery:
    """One message on one channel to one address (an email, a phone, a device token)."""

    user_id: str
    channel: Channel
    recipient: str
    kind: str
    subject: str
    text: str
    html: str | None = None
    data: dict[str, str | int | None] = field(default_factory=dict)
    dedupe_key: str | None = None
    device_id: str | None = None
    # The outbox entry this delivery comes from: the same on every attempt, so a delivery
    # repeated after a crash (sent, then killed before it was marked sent) carries the same
    # Message-ID and mail stores keep one copy. Delivery is at least once; this makes it
    # idempotent where the provider honours it.
    message_id: str | None = None
    # Sent to its person as a recruiter of this organization (Message.organization_id): handed
    # over only while they still are one, checked by the outbox just before.
    organization_id: str | None = None


class Notifier(Protocol):
    async def send(self, messages: list[Message]) -> None: ...


class Outbox(Protocol):
    async def enqueue(self, deliveries: list[Delivery]) -> None:
        """Keeps the deliveries as pending; one with a dedupe key already kept is ignored."""
        ...


class DeliveryDispatcher(Protocol):
    """Delivers what the outbox holds: with a loop of its own, which the lifespan starts and
    stops, or (where the outbox is the work queue) through the worker pool, which runs the
    handlers in `work` by work-item kind."""

    @property
    def work(self) -> Mapping[str, Callable[[dict[str, Any]], Awaitable[None]]]: ...

    def start(self) -> None: ...

    async def stop(self) -> None: ...


class RecipientRejected(Exception):
    """The provider refuses this address for good (an unregistered device token, an
    invalid number): no retry, and push tokens are forgotten."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ChannelSender(Protocol):
    """Carries deliveries of one channel. Raises RecipientRejected for a permanent refusal;
    any other exception is taken as transient and retried with backoff."""

    channel: Channel

    async def deliver(self, delivery: Delivery) -> None: ...
