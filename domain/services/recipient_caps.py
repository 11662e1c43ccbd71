"""The per-recipient caps (domain/ports/mail_caps.py) over shared token buckets: a bucket per
channel, kind of message ("account", "application", "match") and recipient (an address, a phone
number, a device's token), holding the kind's hourly cap on that channel and refilled at that
many an hour, so a recipient gets at most the cap at once and the cap an hour after. A message
over it is dropped: the asker gets the answer they would have got (nobody learns of the cap, nor
of the recipient, from it), the drop is counted by channel and kind and logged without the
recipient. Buckets are keyed by a hash of the recipient, so the stores keep no address, number
or token.

SMS and push are capped as mail is, with caps of their own: what reaches a phone or a device
follows other people's actions too (a hiring team moving applications, new matches, a stranger
typing someone's number), a text costs money and a buzz interrupts, so their defaults are lower."""
from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from domain.channels import Channel
from domain.ports.mail_caps import TakesTokens

log = logging.getLogger(__name__)

_HOUR = 3600.0
# Buckets of mail keep the names they had before SMS and push were capped (stored buckets go on).
_BUCKET_PREFIX = {Channel.EMAIL: "mail-cap", Channel.SMS: "sms-cap", Channel.PUSH: "push-cap"}


@dataclass(frozen=True)
class HourlyCap:
    """A bucket's size as the bucket stores take it (capacity, refill a second)."""

    per_hour: int

    @property
    def capacity(self) -> float:
        return float(self.per_hour)

    @property
    def refill_per_second(self) -> float:
        return self.per_hour / _HOUR


@dataclass(frozen=True)
class ChannelCaps:
    """One channel's hourly cap per recipient: of each kind named, the default for the rest."""

    default_per_hour: int
    per_hour: Mapping[str, int] = field(default_factory=dict)


def recipient_key(recipient: str) -> str:
    """The same for every spelling of one address (case, surrounding space)."""
    return hashlib.sha256(recipient.strip().casefold().encode()).hexdigest()[:32]


class RecipientMailCaps:
    def __init__(self, open_buckets: Callable[[str, HourlyCap], TakesTokens], per_hour: Mapping[str, int],
                 default_per_hour: int, *, sms: ChannelCaps | None = None, push: ChannelCaps | None = None) -> None:
        """`per_hour`: mail's cap of each kind named; other kinds take `default_per_hour`.
        `sms`, `push`: those channels' caps; a channel given none is not capped."""
        self._open = open_buckets
        self._channels = {Channel.EMAIL: ChannelCaps(default_per_hour, per_hour)}
        for channel, caps in ((Channel.SMS, sms), (Channel.PUSH, push)):
            if caps is not None:
                self._channels[channel] = caps
        self._buckets: dict[tuple[Channel, str], TakesTokens] = {}
        # Mails dropped by this process, by kind (the gateway's metrics read them).
        self.dropped: Counter[str] = Counter()
        # Every channel's drops by (channel, kind): the SMS and push ones are in no other count.
        self.dropped_by_channel: Counter[tuple[str, str]] = Counter()

    def cap_of(self, kind: str, channel: Channel = Channel.EMAIL) -> int | None:
        """None: the channel is not capped."""
        caps = self._channels.get(channel)
        return caps.per_hour.get(kind, caps.default_per_hour) if caps is not None else None

    async def admit(self, kind: str, recipient: str, topic: str = "", channel: Channel = Channel.EMAIL) -> bool:
        cap = self.cap_of(kind, channel)
        if cap is None:
            return True
        key = recipient_key(recipient)
        if topic:
            key = f"{key}:{hashlib.sha256(topic.encode()).hexdigest()[:16]}"
        if await self._bucket(channel, kind, cap).take(key) <= 0:
            return True
        self.dropped_by_channel[(channel.value, kind)] += 1
        if channel is Channel.EMAIL:
            self.dropped[kind] += 1
            log.warning("a mail of kind %s was dropped: its address (key %s) had its %d of the hour", kind, key[:12],
                        cap, extra={"event": "mail.recipient_cap", "kind": kind})
        else:
            log.warning("a %s message of kind %s was dropped: its recipient (key %s) had its %d of the hour",
                        channel.value, kind, key[:12], cap,
                        extra={"event": "notify.recipient_cap", "kind": kind, "channel": channel.value})
        return False

    def _bucket(self, channel: Channel, kind: str, cap: int) -> TakesTokens:
        bucket = self._buckets.get((channel, kind))
        if bucket is None:
            bucket = self._buckets[(channel, kind)] = self._open(f"{_BUCKET_PREFIX[channel]}:{kind}", HourlyCap(cap))
        return bucket
