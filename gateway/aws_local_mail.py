"""`make run-aws-local`'s mailbox. With no SES sender configured, email deliveries are published
to the notifications topic (TopicEmailSender), where on real AWS the operator's mail relay
listens. Locally nothing does, so a developer could not read the verification link that posting
a job or applying needs. This subscribes a queue of its own to the topic (the real SNS → SQS wire
protocol, on the moto server) and logs each email's recipient, subject and text, as the embedded
backend's development setup logs its outbox. A development aid only: `gateway.aws_local` starts
it, never `talentgraph serve`."""
from __future__ import annotations

import json
import logging
import threading
from typing import Any

log = logging.getLogger("talentgraph.local_mail")


def email_lines(body: str) -> str | None:
    """The log text for one message of the topic, or None for a message that is no email
    (SMS and push go through the topic's other uses, and anything unreadable is skipped)."""
    try:
        delivery = json.loads(body)
    except ValueError:
        return None
    if not isinstance(delivery, dict) or delivery.get("channel") != "EMAIL":
        return None
    return f"email to {delivery.get('recipient')}: {delivery.get('subject')}\n{delivery.get('text') or ''}".rstrip()


class LocalMailbox:
    def __init__(self, sqs: Any, queue_url: str) -> None:
        self._sqs = sqs
        self._queue_url = queue_url
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._tail, name="local-mailbox", daemon=True)

    @classmethod
    def subscribe(cls, session: Any, endpoint_url: str, topic_arn: str) -> LocalMailbox:
        """A queue subscribed to the topic with raw delivery, so each message is the delivery's
        own JSON. `session` is a boto3 Session (synchronous: this runs on a thread of its own)."""
        sqs = session.client("sqs", endpoint_url=endpoint_url)
        sns = session.client("sns", endpoint_url=endpoint_url)
        queue_url = sqs.create_queue(QueueName=f"{topic_arn.rsplit(':', 1)[-1]}-local-mailbox")["QueueUrl"]
        queue_arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        sns.subscribe(TopicArn=topic_arn, Protocol="sqs", Endpoint=queue_arn,
                      Attributes={"RawMessageDelivery": "true"}, ReturnSubscriptionArn=True)
        return cls(sqs, queue_url)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=5)

    def drain_once(self, wait_seconds: int = 1) -> list[str]:
        """Logs and deletes what the queue holds now; returns the logged texts."""
        received = self._sqs.receive_message(QueueUrl=self._queue_url, MaxNumberOfMessages=10,
                                             WaitTimeSeconds=wait_seconds).get("Messages", [])
        logged = []
        for message in received:
            text = email_lines(message["Body"])
            if text is not None:
                log.info("%s", text)
                logged.append(text)
            self._sqs.delete_message(QueueUrl=self._queue_url, ReceiptHandle=message["ReceiptHandle"])
        return logged

    def _tail(self) -> None:
        while not self._stopping.is_set():
            try:
                self.drain_once()
            except Exception as failure:  # the moto server stopping under us ends the run anyway
                log.debug("local mailbox: %s", failure)
                if self._stopping.wait(1.0):
                    return
