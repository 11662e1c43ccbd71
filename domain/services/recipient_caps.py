"""The per-address mail cap (domain/ports/mail_caps.py) over shared token buckets: a bucket per
kind of message ("account", "application", "match") and address, holding the kind's hourly
cap and refilled at that many an hour, so an address gets at most the cap at once and the cap
an hour after. A mail over it is dropped: the asker gets the answer they would have got
(nobody learns of the cap, nor of the address, from it), the drop is counted by kind and
logged without the address. Buckets are keyed by a hash of the address, so the stores keep
no address."""
from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from domain.ports.mail_caps import TakesTokens

log = logging.getLogger(__name__)

_HOUR = 3600.0


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


def recipient_key(recipient: str) -> str:
    """The same for every spelling of one address (case, surrounding space)."""
    return hashlib.sha256(recipient.strip().casefold().encode()).hexdigest()[:32]


class RecipientMailCaps:
    def __init__(self, open_buckets: Callable[[str, HourlyCap], TakesTokens], per_hour: Mapping[str, int],
                 default_per_hour: int) -> None:
        """`per_hour`: the cap of each kind named; other kinds take `default_per_hour`."""
        self._open = open_buckets
        self._caps = {kind: HourlyCap(n) for kind, n in per_hour.items()}
        self._default = HourlyCap(default_per_hour)
        self._buckets: dict[str, TakesTokens] = {}
        # Mails dropped by this process, by kind (the gateway's metrics read them).
        self.dropped: Counter[str] = Counter()

    def cap_of(self, kind: str) -> int:
        return self._caps.get(kind, self._default).per_hour

    async def admit(self, kind: str, recipient: str, topic: str = "") -> bool:
        key = recipient_key(recipient)
        if topic:
            key = f"{key}:{hashlib.sha256(topic.encode()).hexdigest()[:16]}"
        if await self._bucket(kind).take(key) <= 0:
            return True
        self.dropped[kind] += 1
        log.warning("a mail of kind %s was dropped: its address (key %s) had its %d of the hour", kind, key[:12],
                    self.cap_of(kind), extra={"event": "mail.recipient_cap", "kind": kind})
        return False

    def _bucket(self, kind: str) -> TakesTokens:
        bucket = self._buckets.get(kind)
        if bucket is None:
            bucket = self._buckets[kind] = self._open(f"mail-cap:{kind}", self._caps.get(kind, self._default))
        return bucket
