"""The channel sender used when no provider is configured: it logs that a delivery would go
out (channel, kind, recipient, subject, never the body) and counts it as sent. The full
message stays readable in the outbox."""
from __future__ import annotations

import logging

from domain.channels import Channel
from domain.ports.notifications import Delivery

log = logging.getLogger("talentgraph.notifications")


class LogSender:
    def __init__(self, channel: Channel) -> None:
        self.channel = channel

    async def deliver(self, delivery: Delivery) -> None:
        log.info("%s %s to %s: %s (no provider configured; kept in the outbox)",
                 self.channel.value, delivery.kind, delivery.recipient, delivery.subject)
