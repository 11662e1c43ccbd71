"""The Notifier contract: messages reach the person, and a dedupe key is sent only once.

Embedded messages land in the SQLite outbox; AWS ones are queued on SQS, delivered by a
worker (here, the probe) and, with no SES sender, published on the SNS topic, observed
through an SQS queue subscribed to it (as a mail relay or analytics consumer would)."""
from __future__ import annotations

import json

import pytest

from domain.ports.notifications import Message
from tests.integration.contract.conftest import BACKENDS


async def _dedupe_table(dynamodb, name: str) -> None:
    from adapters.aws.dynamodb.table import create_table

    await create_table(dynamodb, name)


@pytest.fixture(params=BACKENDS)
async def notifier_and_probe(request, database, person, aws_clients, aws_names):
    user, users = person
    if request.param == "embedded":
        from adapters.embedded.sqlite.outbox import SqliteOutboxNotifier

        notifier = SqliteOutboxNotifier(database)

        async def delivered() -> list[str]:
            return [row["subject"] for row in await notifier.messages_for(user.id)]

        return notifier, delivered, user
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.devices import DynamoDeviceRepository
    from adapters.aws.notify.dedupe_ledger import DynamoDedupeLedger
    from adapters.aws.notify.queued_outbox import QueuedDeliveries, QueuedOutbox, TopicEmailSender
    from adapters.aws.provision import Names, ensure_queues, ensure_topic
    from adapters.aws.sqs.work_queue import SqsWorkQueue
    from domain.channels import Channel
    from domain.services.notifications import ChannelNotifier

    sns, sqs = await aws_clients.get("sns"), await aws_clients.get("sqs")
    dynamodb = await aws_clients.get("dynamodb")
    await _dedupe_table(dynamodb, aws_names["table"])
    topic_arn = await ensure_topic(sns, aws_names["topic"])
    work_url, dead_url = await ensure_queues(sqs, Names(**aws_names))
    queue = SqsWorkQueue(sqs, work_url, dead_url)
    probe_url = (await sqs.create_queue(QueueName=f"{aws_names['topic']}-probe"))["QueueUrl"]
    probe_arn = (await sqs.get_queue_attributes(QueueUrl=probe_url, AttributeNames=["QueueArn"]))["Attributes"]["QueueArn"]
    await sns.subscribe(TopicArn=topic_arn, Protocol="sqs", Endpoint=probe_arn,
                        Attributes={"RawMessageDelivery": "true"})
    table = DynamoTable(dynamodb, aws_names["table"])
    devices = DynamoDeviceRepository(table)
    notifier = ChannelNotifier(users, devices, QueuedOutbox(queue))
    # What a replica's worker does with the queued deliveries: email goes to the SNS topic
    # (no SES sender configured), claimed in the ledger first.
    deliveries = QueuedDeliveries({Channel.EMAIL: TopicEmailSender(sns, topic_arn)},
                                  DynamoDedupeLedger(dynamodb, aws_names["table"], ttl_attribute="ttl"), devices.remove)
    seen: list[dict] = []

    async def delivered() -> list[str]:
        while (item := await queue.lease()) is not None:
            await deliveries.deliver(item.payload)
            await queue.complete(item)
        while True:
            batch = (await sqs.receive_message(QueueUrl=probe_url, MaxNumberOfMessages=10)).get("Messages") or []
            if not batch:
                break
            for message in batch:
                seen.append(json.loads(message["Body"]))
                await sqs.delete_message(QueueUrl=probe_url, ReceiptHandle=message["ReceiptHandle"])
        return [m["subject"] for m in seen if m["user_id"] == user.id]

    return notifier, delivered, user


async def test_a_message_reaches_the_person_it_is_for(notifier_and_probe):
    notifier, delivered, user = notifier_and_probe
    await notifier.send([Message(user_id=user.id, kind="match", subject="A new match", text="Backend Engineer")])
    assert await delivered() == ["A new match"]


async def test_a_message_with_a_dedupe_key_already_sent_is_not_sent_again(notifier_and_probe):
    notifier, delivered, user = notifier_and_probe
    message = Message(user_id=user.id, kind="application", subject="Status changed", text="Interview",
                      dedupe_key="application:a1:2")
    await notifier.send([message])
    await notifier.send([message])
    assert await delivered() == ["Status changed"]


async def test_messages_for_an_unknown_person_are_dropped_without_failing_the_rest(notifier_and_probe):
    notifier, delivered, user = notifier_and_probe
    await notifier.send([
        Message(user_id="nobody", kind="match", subject="Lost", text="?"),
        Message(user_id=user.id, kind="match", subject="Kept", text="!"),
    ])
    assert await delivered() == ["Kept"]
