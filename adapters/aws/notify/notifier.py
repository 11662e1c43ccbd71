"""Notifications through SNS (every message, for push/SMS/analytics subscribers) and SES
(email to the person). A message with a dedupe key is claimed in a DynamoDB ledger first,
so a retried worker never sends it twice; a failed send gives the claim back."""
from __future__ import annotations

import json
import logging
from typing import Any, Protocol

from botocore.exceptions import BotoCoreError, ClientError

from domain.errors import TransientFailure
from domain.ports.accounts import UserRepository
from domain.ports.notifications import Message

log = logging.getLogger(__name__)


class DedupeLedger(Protocol):
    async def claim(self, key: str) -> bool:
        """True the first time a key is claimed, False ever after (until released)."""
        ...

    async def release(self, key: str) -> None: ...


def _subject(text: str) -> str:
    # SNS subjects: at most 100 printable ASCII characters, no line breaks.
    flat = " ".join(text.split()).encode("ascii", "replace").decode()
    return flat[:100] or "TalentGraph"


class SnsSesNotifier:
    def __init__(
        self, sns: Any, topic_arn: str, users: UserRepository, ledger: DedupeLedger,
        ses: Any | None = None, sender: str | None = None,
    ) -> None:
        self._sns = sns
        self._topic_arn = topic_arn
        self._users = users
        self._ledger = ledger
        self._ses = ses
        self._sender = sender

    async def send(self, messages: list[Message]) -> None:
        if not messages:
            return
        user_ids = list(dict.fromkeys(m.user_id for m in messages))
        users = dict(zip(user_ids, await self._users.get_many(user_ids)))
        for message in messages:
            user = users.get(message.user_id)
            if user is None:
                continue  # the account is gone; nobody to tell
            if message.dedupe_key and not await self._ledger.claim(message.dedupe_key):
                continue
            try:
                await self._deliver(message, user.email)
            except (ClientError, BotoCoreError) as error:
                if message.dedupe_key:
                    await self._ledger.release(message.dedupe_key)
                raise TransientFailure(f"sending a notification failed: {error}") from error

    async def _deliver(self, message: Message, email: str) -> None:
        await self._sns.publish(
            TopicArn=self._topic_arn,
            Subject=_subject(message.subject),
            Message=json.dumps({
                "user_id": message.user_id, "kind": message.kind, "subject": message.subject,
                "text": message.text, "data": message.data, "dedupe_key": message.dedupe_key,
            }),
            MessageAttributes={
                "kind": {"DataType": "String", "StringValue": message.kind},
                "user_id": {"DataType": "String", "StringValue": message.user_id},
            },
        )
        if self._ses is not None and self._sender:
            body: dict[str, Any] = {"Text": {"Data": message.text, "Charset": "UTF-8"}}
            if message.html:
                body["Html"] = {"Data": message.html, "Charset": "UTF-8"}
            await self._ses.send_email(
                Source=self._sender, Destination={"ToAddresses": [email]},
                Message={"Subject": {"Data": message.subject, "Charset": "UTF-8"}, "Body": body},
            )
