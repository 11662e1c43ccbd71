"""Carries the outbox's pending deliveries with the channel senders: sent, or retried with
exponential backoff, or failed with the reason once retries are spent or the provider
refuses the recipient for good (then a push token is forgotten). Each pass first turns the
days that are over into their daily digests (domain/services/match_digests.py), when given."""
from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from typing import Any

from adapters.embedded.sqlite.outbox import OutboxItem, SqliteOutbox
from adapters.periodic_task import PeriodicTask
from domain.channels import Channel
from domain.ports.notifications import ChannelSender, RecipientRejected

log = logging.getLogger("talentgraph.outbox")


class OutboxDispatcher:
    def __init__(
        self,
        outbox: SqliteOutbox,
        senders: dict[Channel, ChannelSender],
        forget_device: Callable[[str], Awaitable[None]],
        *,
        max_attempts: int = 6,
        backoff_seconds: float = 30.0,
        poll_seconds: float = 2.0,
        send_timeout_seconds: float = 30.0,
        batch: int = 20,
        send_digests: Callable[[], Awaitable[bool]] | None = None,
    ) -> None:
        self._outbox = outbox
        self._senders = senders
        self._forget_device = forget_device
        self._max_attempts = max_attempts
        self._backoff_seconds = backoff_seconds
        self._timeout = send_timeout_seconds
        self._batch = batch
        self._send_digests = send_digests
        self._loop = PeriodicTask("outbox-dispatcher", self._pass, interval_seconds=poll_seconds, logger=log,
                                  failure_message="dispatching the outbox failed; trying again")
        outbox.on_enqueue(self.wake)
        # Its own loop delivers: nothing for the worker pool.
        self.work: dict[str, Callable[[dict[str, Any]], Awaitable[None]]] = {}

    def start(self) -> None:
        self._loop.start()

    def wake(self) -> None:
        self._loop.wake()

    async def stop(self) -> None:
        await self._loop.stop()

    async def _pass(self) -> bool:
        """A full batch may have left more due: the next pass follows at once."""
        more_digests = await self._digests()
        return await self.run_once() >= self._batch or more_digests

    async def _digests(self) -> bool:
        """The closed days' digests; a failure is logged and retried next pass, never keeping
        the deliveries already due waiting."""
        if self._send_digests is None:
            return False
        try:
            return await self._send_digests()
        except Exception:
            log.exception("sending the daily digests failed; trying again")
            return False

    async def run_once(self) -> int:
        """Delivers one batch of due deliveries; returns how many were attempted."""
        items = await self._outbox.claim_due(self._batch, lease_seconds=self._timeout * 2 + 60)
        await asyncio.gather(*(self._deliver(item) for item in items))
        return len(items)

    async def _deliver(self, item: OutboxItem) -> None:
        delivery = item.delivery
        sender = self._senders.get(delivery.channel)
        if sender is None:
            await self._outbox.mark_failed(item.id, f"no sender is configured for {delivery.channel.value}")
            return
        try:
            await asyncio.wait_for(sender.deliver(delivery), self._timeout)
        except asyncio.CancelledError:
            raise  # the claim lapses and the delivery is tried again after a restart
        except RecipientRejected as rejected:
            await self._outbox.mark_failed(item.id, f"rejected by the provider: {rejected.reason}")
            if delivery.device_id:
                await self._forget_device(delivery.device_id)
        except Exception as error:
            reason = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
            if item.attempts >= self._max_attempts:
                log.warning("giving up on outbox item %s after %d attempts: %s", item.id, item.attempts, reason)
                await self._outbox.mark_failed(item.id, f"gave up after {item.attempts} attempts: {reason}")
            else:
                delay = self._backoff_seconds * 2 ** (item.attempts - 1) * (1 + random.random() / 4)
                await self._outbox.retry_later(item.id, reason, delay)
        else:
            await self._outbox.mark_sent(item.id)
