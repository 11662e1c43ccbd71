"""Domain events on Amazon EventBridge (implements domain.ports.events.EventBus).

publish() is PutEvents on the bus. Every replica that receives (an API process: its
subscriptions and search mirror follow other replicas' changes) also consumes the bus: at start it makes
its own SQS queue and a rule on the bus targeting it, polls that queue and hands each
event to the handlers subscribed in this process; at close it removes both. So an event
published by any replica reaches the subscriptions (websockets) held by every replica.
A live replica tags its queue with the time every minute (its heartbeat); a crashed replica's
queue keeps messages only for minutes, and `talentgraph provision` removes a queue whose
heartbeat stopped, with its rule (replica_sweep.py). A process that only publishes (a worker:
nothing it runs listens to the bus) makes neither, so it holds none of the bus's rules."""
from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any

from botocore.exceptions import ClientError

from adapters.aws.clients import error_code
from adapters.aws.events.registry import rebuild
from adapters.aws.events.replica_sweep import (
    HEARTBEAT_SECONDS,
    HEARTBEAT_TAG,
    QUEUE_GONE,
    REPLICA_PREFIX,
    replica_names,
)
from adapters.embedded.event_bus import InProcessEventBus
from domain.events import DomainEvent
from domain.ports.events import BatchHandler, EventHandler, Unsubscribe

log = logging.getLogger(__name__)

SOURCE = "talentgraph"
_RETENTION_SECONDS = 300
__all__ = ["REPLICA_PREFIX", "EventBridgeEventBus", "replica_names"]


class EventBridgeEventBus:
    def __init__(self, events: Any, sqs: Any, bus: str, replica_id: str, *, wait_seconds: int = 10,
                 receives: bool = True) -> None:
        self._events = events
        self._sqs = sqs
        self._bus = bus
        self._queue_name, self._rule = replica_names(bus, replica_id)
        self._wait = wait_seconds
        self.receives = receives
        self._made = False
        # Events read from this replica's queue go to this process's handlers the same way
        # the embedded bus hands them out.
        self._local = InProcessEventBus()
        self._poller: asyncio.Task | None = None
        self._queue_url: str | None = None
        self._beaten_at = 0.0
        self._heartbeat_refused = False
        self.heartbeat_seconds = HEARTBEAT_SECONDS

    async def start(self) -> None:
        if not self.receives:
            return
        await self._make_queue_and_rule()
        self._poller = asyncio.create_task(self._poll(), name=f"events-{self._rule}")

    async def _make_queue_and_rule(self) -> None:
        self._queue_url = (await self._sqs.create_queue(
            QueueName=self._queue_name,
            Attributes={"MessageRetentionPeriod": str(_RETENTION_SECONDS), "ReceiveMessageWaitTimeSeconds": "0"},
        ))["QueueUrl"]
        # Before the rule: a queue found by the sweep is never one with a rule and no heartbeat.
        await self._heartbeat()
        queue_arn = (await self._sqs.get_queue_attributes(
            QueueUrl=self._queue_url, AttributeNames=["QueueArn"]))["Attributes"]["QueueArn"]
        rule_arn = (await self._events.put_rule(
            Name=self._rule, EventBusName=self._bus, State="ENABLED",
            EventPattern=json.dumps({"source": [SOURCE]}),
            Description="Delivers domain events to one gateway replica",
        ))["RuleArn"]
        self._made = True
        # Only this rule may send to this queue.
        await self._sqs.set_queue_attributes(QueueUrl=self._queue_url, Attributes={"Policy": json.dumps({
            "Version": "2012-10-17",
            "Statement": [{
                "Effect": "Allow", "Principal": {"Service": "events.amazonaws.com"},
                "Action": "sqs:SendMessage", "Resource": queue_arn,
                "Condition": {"ArnEquals": {"aws:SourceArn": rule_arn}},
            }],
        })})
        await self._events.put_targets(Rule=self._rule, EventBusName=self._bus,
                                       Targets=[{"Id": "replica-queue", "Arn": queue_arn}])

    async def close(self) -> None:
        if self._poller is not None:
            self._poller.cancel()
            await asyncio.gather(self._poller, return_exceptions=True)
            self._poller = None
        await self.drain()
        if not self._made:
            return
        try:
            await self._events.remove_targets(Rule=self._rule, EventBusName=self._bus, Ids=["replica-queue"])
            await self._events.delete_rule(Name=self._rule, EventBusName=self._bus)
            if self._queue_url:
                await self._sqs.delete_queue(QueueUrl=self._queue_url)
        except Exception:
            log.warning("could not remove this replica's event rule/queue; provision sweeps them", exc_info=True)

    async def publish(self, event: DomainEvent) -> None:
        # The fact is already stored; a lost live update must not fail the request that made it.
        try:
            response = await self._events.put_events(Entries=[{
                "Source": SOURCE, "DetailType": event.name, "Detail": event.model_dump_json(),
                "EventBusName": self._bus,
            }])
            if response.get("FailedEntryCount"):
                log.error("EventBridge refused %s: %s", event.name, response["Entries"])
        except Exception:
            log.exception("publishing %s to EventBridge failed", event.name)

    def subscribe(self, event_name: str, handler: EventHandler) -> Unsubscribe:
        return self._local.subscribe(event_name, handler)

    def subscribe_batches(self, event_name: str, handler: BatchHandler) -> Unsubscribe:
        return self._local.subscribe_batches(event_name, handler)

    async def drain(self) -> None:
        await self._local.drain()

    async def _heartbeat(self) -> None:
        """Tags this replica's queue with the time, telling the sweep it is alive. A failure
        (no sqs:TagQueue) leaves the queue without one, which the sweep never removes."""
        self._beaten_at = time.monotonic()
        try:
            await self._sqs.tag_queue(QueueUrl=self._queue_url, Tags={HEARTBEAT_TAG: str(int(time.time()))})
        except Exception:
            if not self._heartbeat_refused:
                log.warning("could not tag this replica's event queue with its heartbeat", exc_info=True)
            self._heartbeat_refused = True

    async def _poll(self) -> None:
        while True:
            if time.monotonic() - self._beaten_at >= self.heartbeat_seconds:
                await self._heartbeat()
            try:
                response = await self._sqs.receive_message(
                    QueueUrl=self._queue_url, MaxNumberOfMessages=10, WaitTimeSeconds=self._wait)
            except asyncio.CancelledError:
                raise
            except Exception as error:
                log.exception("receiving events failed; retrying")
                await asyncio.sleep(1.0)
                if isinstance(error, ClientError) and error_code(error) in QUEUE_GONE:
                    # Swept as dead (this process starved past its heartbeats): made again; what
                    # was published meanwhile is not received.
                    await self._make_queue_again()
                continue
            messages = response.get("Messages") or []
            for message in messages:
                await self._dispatch(message["Body"])
            if messages:
                await self._sqs.delete_message_batch(QueueUrl=self._queue_url, Entries=[
                    {"Id": str(n), "ReceiptHandle": m["ReceiptHandle"]} for n, m in enumerate(messages)])
            elif self._wait == 0:
                await asyncio.sleep(0.2)

    async def _make_queue_again(self) -> None:
        try:
            await self._make_queue_and_rule()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("making this replica's event queue and rule again failed; retrying")

    async def _dispatch(self, body: str) -> None:
        try:
            envelope = json.loads(body)
            detail = envelope["detail"]
            event = rebuild(envelope["detail-type"], json.loads(detail) if isinstance(detail, str) else detail)
        except Exception:
            log.exception("dropping an event that could not be read")
            return
        if event is not None:
            await self._local.publish(event)
