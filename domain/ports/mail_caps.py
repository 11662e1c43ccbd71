"""How much one recipient may be sent: at most so many messages of a kind an hour on each
channel, whoever asks for them, so the platform cannot be used to flood an inbox (an address
change asked for again and again towards someone's address, verification resends, invitations),
a phone or a device."""
from __future__ import annotations

from typing import Protocol

from domain.channels import Channel


class TakesTokens(Protocol):
    """A token bucket per key, shared by every process that sends (the rate limiter's stores,
    adapters/*/rate_buckets.py): taking is atomic, so two sends at once cannot both spend the
    last token."""

    async def take(self, key: str, tokens: float = 1.0) -> float:
        """0 when the tokens were taken; otherwise the seconds until they would be there."""
        ...


class RecipientCaps(Protocol):
    async def admit(self, kind: str, recipient: str, topic: str = "", channel: Channel = Channel.EMAIL) -> bool:
        """Whether one more message of this kind (and `topic`, a bucket of its own within the
        kind) may go to this recipient on this channel now (counted when it may): an address for
        email, a phone number for SMS, a device's token for push."""
        ...
