"""The Notifier: turns each message into deliveries on the channels the person chose for
that kind of message, to their addresses, and keeps them in the outbox; match and application
messages are also kept in the person's inbox (domain/inbox.py), whatever the channels, and
announced to their live streams. Email goes only to a proven address (unless part of signing
in, `_mailable`); every channel goes within its recipient's hourly cap of the kind (an address's,
a phone number's, a device's: domain/services/recipient_caps.py)."""
from __future__ import annotations

import asyncio

from domain.channels import Channel, Device, NotificationKind
from domain.clock import Clock, SystemClock
from domain.events import NotificationReceived
from domain.inbox import DEFAULT_INBOX_LIMIT, Notification, kept_in_inbox
from domain.match_digest import DigestEntry
from domain.match_email_digest import MatchEmailDigest
from domain.ports.accounts import DeviceRepository, UserRepository
from domain.ports.events import EventBus
from domain.ports.inbox import Inbox, KeepsInboxWithDeliveries
from domain.ports.mail_caps import RecipientCaps
from domain.ports.match_batches import PublishesInBatches
from domain.ports.match_digests import KeepsDigestEntries
from domain.ports.notifications import Delivery, Message, Outbox
from domain.time_zones import local_day
from domain.users import User


class ChannelNotifier:
    def __init__(self, users: UserRepository, devices: DeviceRepository, outbox: Outbox,
                 inbox: Inbox | None = None, events: EventBus | None = None, clock: Clock | None = None,
                 inbox_limit: int = DEFAULT_INBOX_LIMIT, caps: RecipientCaps | None = None) -> None:
        self._users = users
        self._devices = devices
        self._outbox = outbox
        self._inbox = inbox
        self._events = events
        self._clock = clock or SystemClock()
        self._inbox_limit = inbox_limit
        self.caps = caps

    async def send(self, messages: list[Message]) -> None:
        if not messages:
            return
        user_ids = list(dict.fromkeys(m.user_id for m in messages))
        users = dict(zip(user_ids, await self._users.get_many(user_ids)))
        devices = dict(zip(user_ids, await self._devices.for_users(user_ids)))
        deliveries: list[Delivery] = []
        notes: list[Notification] = []
        digested: list[DigestEntry] = []
        now = self._clock.now()
        for message in messages:
            user = users.get(message.user_id)
            if user is not None and _still_addressed(message, user):
                kept_in_box = self._inbox is not None and kept_in_inbox(message)
                email = self._email_of(message, user, kept_in_box)
                if not message.stale_at(now):  # stale news: the inbox entry only (Message.news_for)
                    deliveries.extend(self._deliveries(message, user, devices.get(user.id, []),
                                                       email=email is MatchEmailDigest.IMMEDIATE))
                if kept_in_box:
                    notes.append(Notification.of(message, now))
                if email is MatchEmailDigest.DAILY and message.digest_job is not None:
                    job, local = message.digest_job, local_day(now, user.time_zone)
                    digested.append(DigestEntry(user.id, local.day, job.job_id, job.title, job.count,
                                                message.organization_id, message.dedupe_key, local.ends_at))
        kept = await self._keep(await self._within_caps(deliveries), notes, digested)
        if self._events is not None and kept:
            # A job's matches are announced to their candidates in one send: one write of events.
            events = [NotificationReceived(user_id=note.user_id, notification_id=note.id) for note in kept]
            if isinstance(self._events, PublishesInBatches):
                await self._events.publish_many(events)
            else:
                for event in events:
                    await self._events.publish(event)

    async def _within_caps(self, deliveries: list[Delivery]) -> list[Delivery]:
        """The deliveries but those over their recipient's cap on their channel, dropped
        silently (the caps count and log them). One bucket's asks go one after another: a store
        that writes a bucket only over the value it read (DynamoDB) would lose most of a dozen
        asks made at once, and a lost ask must not read as a cap reached; different buckets are
        asked at once. Account messages (a reset, a verification, a security notice, a phone
        code) have a bucket per message, so a flood of one (an address change aimed at someone's
        address) cannot silence the others."""
        caps = self.caps
        if caps is None or not deliveries:
            return deliveries
        buckets: dict[tuple[Channel, str, str, str], list[Delivery]] = {}
        for d in deliveries:
            topic = d.subject if d.kind == NotificationKind.ACCOUNT.value else ""
            buckets.setdefault((d.channel, d.kind, d.recipient.strip().casefold(), topic), []).append(d)

        async def refused_of(channel: Channel, kind: str, topic: str, group: list[Delivery]) -> list[int]:
            return [id(d) for d in group if not await caps.admit(kind, d.recipient, topic, channel=channel)]

        answers = await asyncio.gather(*(refused_of(channel, kind, topic, group)
                                         for (channel, kind, _, topic), group in buckets.items()))
        refused = {i for answer in answers for i in answer}
        return [d for d in deliveries if id(d) not in refused]

    def _email_of(self, message: Message, user: User, kept_in_box: bool) -> MatchEmailDigest:
        """How this message's email goes (none where `_mailable` says not): a new-candidates
        notice's as its person chose; a daily one as it happens where no digest can be kept (an outbox without digest entries, or a
        message with no inbox entry to keep them with: a retry would count it again)."""
        if not _mailable(message, user):
            return MatchEmailDigest.OFF
        if message.digest_job is None:
            return MatchEmailDigest.IMMEDIATE
        chosen = user.match_email_digest
        if chosen is MatchEmailDigest.DAILY and not (
                kept_in_box and message.dedupe_key and isinstance(self._outbox, KeepsDigestEntries)):
            return MatchEmailDigest.IMMEDIATE
        return chosen

    async def _keep(self, deliveries: list[Delivery], notes: list[Notification],
                    digested: list[DigestEntry]) -> list[Notification]:
        if digested and isinstance(self._outbox, KeepsDigestEntries):
            return await self._outbox.enqueue_keeping_digested(deliveries, notes, self._inbox_limit, digested)
        if notes and isinstance(self._outbox, KeepsInboxWithDeliveries):
            return await self._outbox.enqueue_keeping(deliveries, notes, self._inbox_limit)
        # Inbox first: a failure after it is retried by the caller, and both writes drop repeats.
        kept = await self._inbox.keep(notes, self._inbox_limit) if self._inbox is not None and notes else []
        await self._outbox.enqueue(deliveries)
        return kept

    @staticmethod
    def _deliveries(message: Message, user: User, devices: list[Device], *, email: bool = True) -> list[Delivery]:
        channels = [message.only_channel] if message.only_channel \
            else user.preferences.channels.for_kind(message.kind, message.happened_at)
        short = message.short or message.subject
        out: list[Delivery] = []

        def add(channel: Channel, recipient: str, text: str, html: str | None = None, device_id: str | None = None) -> None:
            key = None
            if message.dedupe_key:
                key = f"{message.dedupe_key}:{channel.value}:{device_id or recipient}"
            out.append(Delivery(
                user_id=user.id, channel=channel, recipient=recipient, kind=message.kind,
                subject=message.subject, text=text, html=html, data=message.data, dedupe_key=key,
                device_id=device_id, organization_id=message.organization_id,
            ))

        for channel in dict.fromkeys(channels):
            if channel is Channel.EMAIL:
                if not email:
                    continue
                add(channel, message.recipient or user.email, message.text, message.html)
            elif channel is Channel.SMS:
                phone = message.recipient or (user.phone if user.phone_verified else None)
                if phone:
                    add(channel, phone, short)
            elif channel is Channel.PUSH:
                for device in devices:
                    add(channel, device.token, short, device_id=device.id)
        return out


def _still_addressed(message: Message, user: User) -> bool:
    """A message to a recruiter about their organization goes nowhere once they left it (the
    inbox checks again in its write: this read may be a moment old)."""
    return message.organization_id is None or user.organization_id == message.organization_id


def _mailable(message: Message, user: User) -> bool:
    """Whether this message may go by email to this person, as far as their address goes: to a
    proven address, or when it is itself part of signing in or proving or changing an address
    (`Message.sign_in_flow`). Anyone can sign up with a stranger's address, and that stranger
    must get no job, application or organization mail for it; the inbox entry is kept either way.
    An address proven only after what the message tells of happened gets none of it either
    (`Message.address_proven_then`): nothing is held for it to be mailed later, out of context."""
    return message.sign_in_flow or (user.email_verified and message.address_proven_then is not False)
