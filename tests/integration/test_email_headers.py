"""A line break in anything that becomes an email header cannot add a header (`\\r\\nBcc:`):
the senders keep the subject on one line and send only to the delivery's recipient."""
from __future__ import annotations

from email import message_from_bytes, policy

import pytest

from adapters.aws.notify.senders import SesEmailSender
from adapters.embedded.notifications.smtp import SmtpEmailSender
from domain.channels import Channel
from domain.ports.notifications import Delivery, RecipientRejected
from tests.integration.test_outbox_delivery import smtp_server  # noqa: F401  (the fixture)

INJECTED = "Your application for Engineer\r\nBcc: victim@example.com\r\nX-Evil: 1: HIRED"


def _email(subject: str = INJECTED, to: str = "ada@example.com") -> Delivery:
    return Delivery(user_id="u1", channel=Channel.EMAIL, recipient=to, kind="application", subject=subject,
                    text="Hello Ada,\r\nyour application moved.\n")


async def test_a_subject_with_a_line_break_goes_out_on_one_line_to_the_recipient_only(smtp_server):
    handler, url = smtp_server
    await SmtpEmailSender(url, "TalentGraph <no-reply@talentgraph.test>").deliver(_email())

    (envelope,) = handler.received
    assert envelope.rcpt_tos == ["ada@example.com"]
    mail = message_from_bytes(envelope.content, policy=policy.default)
    assert mail["Subject"].strip() == "Your application for Engineer Bcc: victim@example.com X-Evil: 1: HIRED"
    assert mail["Bcc"] is None and mail["X-Evil"] is None
    assert "your application moved" in mail.get_body(("plain",)).get_content()


async def test_a_recipient_with_a_line_break_is_rejected_and_nothing_is_sent(smtp_server):
    handler, url = smtp_server
    with pytest.raises(RecipientRejected):
        await SmtpEmailSender(url, "no-reply@talentgraph.test").deliver(_email("Hi", "ada@example.com\r\nBcc: x@y.z"))
    assert handler.received == []


class RecordingSes:
    """A fake at the SES API edge: keeps what send_email was given."""

    def __init__(self) -> None:
        self.sent: list[dict] = []

    async def send_email(self, **request) -> dict:
        self.sent.append(request)
        return {"MessageId": "m1"}


async def test_ses_gets_a_one_line_subject_and_refuses_a_broken_recipient():
    ses = RecordingSes()
    await SesEmailSender(ses, "no-reply@talentgraph.test").deliver(_email())
    (request,) = ses.sent
    assert request["Message"]["Subject"]["Data"] == "Your application for Engineer Bcc: victim@example.com X-Evil: 1: HIRED"
    assert request["Destination"] == {"ToAddresses": ["ada@example.com"]}
    with pytest.raises(RecipientRejected):
        await SesEmailSender(ses, "no-reply@talentgraph.test").deliver(_email("Hi", "ada@example.com\nBcc: x@y.z"))
    assert len(ses.sent) == 1


async def test_a_delivery_repeated_after_a_crash_carries_the_same_message_id(smtp_server):
    """Delivery is at least once: an email sent and then killed before it was marked sent goes
    out again after the restart. Both copies name the outbox entry, so mail stores keep one."""
    handler, url = smtp_server
    sender = SmtpEmailSender(url, "TalentGraph <no-reply@talentgraph.test>")
    repeated = Delivery(user_id="u1", channel=Channel.EMAIL, recipient="ada@example.com", kind="application",
                        subject="Moved", text="Hello", message_id="0f3a9c")
    await sender.deliver(repeated)
    await sender.deliver(repeated)
    await sender.deliver(_email("Another one"))

    ids = [message_from_bytes(e.content, policy=policy.default)["Message-ID"] for e in handler.received]
    assert ids[0] == ids[1] == "<0f3a9c@talentgraph.test>"
    assert ids[2] != ids[0]
