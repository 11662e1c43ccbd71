"""The work queue on SQS (implements domain.ports.queue.WorkQueue).

- A lease is the message's visibility timeout; the receipt handle is the lease token, so
  only the worker holding the current lease can complete or retry an item.
- Attempts are SQS's ApproximateReceiveCount. The queue's redrive policy moves a message
  to the dead-letter queue after max_attempts receives without a delete: that is how an
  item whose worker died on its last attempt ends up dead, with no code of ours running.
- retry_later keeps the message and only moves its visibility (ChangeMessageVisibility).
- bury copies the item with its error into the dead-letter queue and deletes the original.
- A dedupe_key gives the item an id derived from the key, so enqueueing twice yields the
  same id; SQS delivers at least once anyway, and every handler is idempotent."""
from __future__ import annotations

import json
import time
import uuid
from collections.abc import Sequence
from typing import Any

from domain.ports.queue import DeadLetter, WorkItem

_MAX_DELAY = 900  # SQS's longest message delay and visibility change is 12 h; delay caps at 15 min
_MAX_VISIBILITY = 12 * 3600
_DEAD_SCAN_VISIBILITY = 30
_ITEM_NAMESPACE = uuid.UUID("6f1c3d52-3b7a-4b8e-9d3e-5b8f0c1d2e3f")
_WORKER_DIED = "the worker stopped while processing this item"


def item_id_for(dedupe_key: str | None) -> str:
    return uuid.uuid5(_ITEM_NAMESPACE, dedupe_key).hex if dedupe_key else uuid.uuid4().hex


class SqsWorkQueue:
    def __init__(
        self, sqs: Any, queue_url: str, dead_letter_url: str, *, lease_seconds: float = 120.0,
        max_attempts: int = 3, wait_seconds: int = 0,
    ) -> None:
        self._sqs = sqs
        self._url = queue_url
        self._dead_url = dead_letter_url
        self._lease = max(1, min(int(lease_seconds), _MAX_VISIBILITY))
        self._max_attempts = max_attempts
        self._wait = wait_seconds

    async def enqueue(
        self, kind: str, payload: dict[str, Any], *, dedupe_key: str | None = None,
        delay_seconds: float = 0.0, max_attempts: int | None = None,
    ) -> str:
        item_id = item_id_for(dedupe_key)
        body = {"id": item_id, "kind": kind, "payload": payload,
                "max_attempts": min(max_attempts or self._max_attempts, self._max_attempts)}
        await self._sqs.send_message(
            QueueUrl=self._url, MessageBody=json.dumps(body),
            DelaySeconds=max(0, min(int(delay_seconds), _MAX_DELAY)),
            MessageAttributes={"kind": {"DataType": "String", "StringValue": kind}},
        )
        return item_id

    async def lease(self, kinds: Sequence[str] | None = None) -> WorkItem | None:
        response = await self._sqs.receive_message(
            QueueUrl=self._url, MaxNumberOfMessages=1, VisibilityTimeout=self._lease,
            WaitTimeSeconds=self._wait, MessageSystemAttributeNames=["ApproximateReceiveCount"],
        )
        messages = response.get("Messages") or []
        if not messages:
            return None
        message = messages[0]
        body = json.loads(message["Body"])
        if kinds and body["kind"] not in kinds:
            # Not ours to run: straight back for a worker that handles this kind.
            await self._sqs.change_message_visibility(
                QueueUrl=self._url, ReceiptHandle=message["ReceiptHandle"], VisibilityTimeout=0)
            return None
        attempts = int(message["Attributes"]["ApproximateReceiveCount"])
        item = WorkItem(
            id=body["id"], kind=body["kind"], payload=body["payload"], attempts=attempts,
            max_attempts=int(body.get("max_attempts", self._max_attempts)),
            lease_token=message["ReceiptHandle"], last_error=body.get("last_error"),
        )
        if attempts > item.max_attempts:  # a lower per-item cap than the redrive policy's
            await self.bury(item, _WORKER_DIED)
            return None
        return item

    async def complete(self, item: WorkItem) -> None:
        await self._sqs.delete_message(QueueUrl=self._url, ReceiptHandle=item.lease_token)

    async def retry_later(self, item: WorkItem, error: str, delay_seconds: float) -> None:
        if item.attempts >= item.max_attempts:
            await self.bury(item, error)
            return
        await self._sqs.change_message_visibility(
            QueueUrl=self._url, ReceiptHandle=item.lease_token,
            VisibilityTimeout=max(0, min(int(delay_seconds), _MAX_VISIBILITY)))

    async def bury(self, item: WorkItem, error: str) -> None:
        body = {"id": item.id, "kind": item.kind, "payload": item.payload, "max_attempts": item.max_attempts,
                "attempts": item.attempts, "last_error": error[:2000], "failed_at": time.time()}
        await self._sqs.send_message(QueueUrl=self._dead_url, MessageBody=json.dumps(body))
        await self._sqs.delete_message(QueueUrl=self._url, ReceiptHandle=item.lease_token)

    async def _scan_dead(self, limit: int) -> list[tuple[dict, dict]]:
        """Peeks at up to `limit` dead letters: received with a short visibility (so each
        comes once), then made visible again at once."""
        seen: dict[str, tuple[dict, dict]] = {}
        while len(seen) < limit:
            response = await self._sqs.receive_message(
                QueueUrl=self._dead_url, MaxNumberOfMessages=min(10, limit - len(seen)),
                VisibilityTimeout=_DEAD_SCAN_VISIBILITY, WaitTimeSeconds=0,
                MessageSystemAttributeNames=["ApproximateReceiveCount", "SentTimestamp"],
            )
            batch = [m for m in response.get("Messages") or [] if m["MessageId"] not in seen]
            if not batch:
                break
            for message in batch:
                seen[message["MessageId"]] = (message, json.loads(message["Body"]))
        if seen:
            handles = [m["ReceiptHandle"] for m, _ in seen.values()]
            for start in range(0, len(handles), 10):
                await self._sqs.change_message_visibility_batch(QueueUrl=self._dead_url, Entries=[
                    {"Id": str(n), "ReceiptHandle": h, "VisibilityTimeout": 0}
                    for n, h in enumerate(handles[start:start + 10])])
        return list(seen.values())

    async def dead_letters(self, limit: int = 100) -> list[DeadLetter]:
        letters = []
        for message, body in await self._scan_dead(limit):
            sent = int(message["Attributes"].get("SentTimestamp", "0")) / 1000
            letters.append(DeadLetter(
                id=body["id"], kind=body["kind"], payload=body["payload"],
                attempts=int(body.get("attempts", body.get("max_attempts", 0))),
                # Moved here by the redrive policy: the worker never got to say why.
                last_error=body.get("last_error", _WORKER_DIED), failed_at=float(body.get("failed_at", sent)),
            ))
        return sorted(letters, key=lambda letter: letter.failed_at, reverse=True)

    async def requeue(self, item_id: str) -> bool:
        for message, body in await self._scan_dead(1000):
            if body["id"] != item_id:
                continue
            fresh = {k: body[k] for k in ("id", "kind", "payload", "max_attempts") if k in body}
            await self._sqs.send_message(QueueUrl=self._url, MessageBody=json.dumps(fresh), MessageAttributes={
                "kind": {"DataType": "String", "StringValue": body["kind"]}})
            await self._sqs.delete_message(QueueUrl=self._dead_url, ReceiptHandle=message["ReceiptHandle"])
            return True
        return False

    async def depth(self) -> dict[str, int]:
        names = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesDelayed",
                 "ApproximateNumberOfMessagesNotVisible"]
        live = (await self._sqs.get_queue_attributes(QueueUrl=self._url, AttributeNames=names))["Attributes"]
        dead = (await self._sqs.get_queue_attributes(QueueUrl=self._dead_url, AttributeNames=names))["Attributes"]
        return {
            "ready": int(live["ApproximateNumberOfMessages"]) + int(live["ApproximateNumberOfMessagesDelayed"]),
            "leased": int(live["ApproximateNumberOfMessagesNotVisible"]),
            "dead": sum(int(dead[n]) for n in names),
            "done": 0,  # SQS forgets finished messages
        }
