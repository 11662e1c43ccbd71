"""The channel sender used when no provider is configured: it logs that a delivery would go
out (channel, kind, subject, and the recipient only as a hash: logs are read by more people
than the database) and counts it as sent. Never the body: it may hold a one-time link."""
from __future__ import annotations

import hashlib
import logging

from domain.channels import Channel
from domain.ports.notifications import Delivery

log = logging.getLogger("talentgraph.notifications")


def address_hash(address: str) -> str:
    """A stable short hash of an address: the same person's lines can be told apart and
    matched with the outbox (hash the address to look for), without the address in the log."""
    return "sha256:" + hashlib.sha256(address.strip().lower().encode()).hexdigest()[:16]


_KEPT = "no provider configured; kept in the outbox"
_DROPPED = ("no provider configured; the body is not kept after delivery"
            " (TALENTGRAPH_OUTBOX_KEEP_DELIVERED_BODIES=true keeps it, outside production)")


class LogSender:
    def __init__(self, channel: Channel, *, bodies_kept: bool = True) -> None:
        self.channel = channel
        # Whether the outbox keeps the body once delivered: the line says where to read it only
        # when it is there to be read.
        self._where = _KEPT if bodies_kept else _DROPPED

    async def deliver(self, delivery: Delivery) -> None:
        log.info("%s %s %s to %s: %s (%s)",
                 self.channel.value, delivery.kind, _message_ref(delivery), address_hash(delivery.recipient),
                 delivery.subject, self._where)


def _message_ref(delivery: Delivery) -> str:
    """Which outbox entry a line delivers: a line repeated after a crash names the same one."""
    return f"message={delivery.message_id or '-'}"
