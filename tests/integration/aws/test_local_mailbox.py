"""`make run-aws-local` logs the emails the gateway publishes to its topic (no SES there), so
a developer can read a verification link. Through the real SNS → SQS protocol on moto, with the
gateway's own sender publishing."""
from __future__ import annotations

import logging
import uuid

import pytest

from domain.ports.notifications import Channel, Delivery

pytestmark = pytest.mark.integration


def _delivery(channel: Channel, recipient: str, text: str) -> Delivery:
    return Delivery(user_id=uuid.uuid4().hex, channel=channel, recipient=recipient, kind="account",
                    subject="Confirm your email address", text=text)


async def test_an_emailed_link_is_logged_and_other_channels_are_not(moto_endpoint, aws_clients, aws_names, caplog):
    import boto3

    from adapters.aws.notify.queued_outbox import TopicEmailSender
    from gateway.aws_local_mail import LocalMailbox

    session = boto3.Session(region_name="us-east-1")
    topic_arn = session.client("sns", endpoint_url=moto_endpoint).create_topic(Name=aws_names["topic"])["TopicArn"]
    mailbox = LocalMailbox.subscribe(session, moto_endpoint, topic_arn)
    sender = TopicEmailSender(await aws_clients.get("sns"), topic_arn)
    link = "http://localhost:3000/verify-email?token=abc-123_XYZ"

    await sender.deliver(_delivery(Channel.EMAIL, "nurse@example.com", f"Open this link:\n\n{link}\n"))
    await sender.deliver(_delivery(Channel.SMS, "+447700900123", "Your code is 123456"))
    with caplog.at_level(logging.INFO, logger="talentgraph.local_mail"):
        logged = mailbox.drain_once(wait_seconds=0) + mailbox.drain_once(wait_seconds=0)

    assert len(logged) == 1
    assert logged[0].startswith("email to nurse@example.com: Confirm your email address")
    assert link in logged[0]
    assert link in caplog.text and "123456" not in caplog.text
    assert mailbox.drain_once(wait_seconds=0) == []  # each message is deleted once logged


def test_a_message_that_is_no_email_is_skipped():
    from gateway.aws_local_mail import email_lines

    assert email_lines("not json") is None
    assert email_lines('["a list"]') is None
    assert email_lines('{"channel": "PUSH", "recipient": "device"}') is None
    assert email_lines('{"channel": "EMAIL", "recipient": "a@example.com", "subject": "Hi", "text": "Body\\n"}') \
        == "email to a@example.com: Hi\nBody"
