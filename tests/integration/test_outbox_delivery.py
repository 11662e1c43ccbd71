"""The outbox and its dispatcher against a real SQLite file and a real SMTP server
(aiosmtpd on 127.0.0.1): delivered, refused for good, retried with backoff, given up."""
from __future__ import annotations

import socket
from datetime import UTC, datetime
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller

from adapters.embedded.notifications.dispatcher import OutboxDispatcher
from adapters.embedded.notifications.log_sink import LogSender, address_hash
from adapters.embedded.notifications.smtp import SmtpConfig, SmtpEmailSender
from adapters.embedded.sqlite.devices import SqliteDeviceRepository
from adapters.embedded.sqlite.outbox import SqliteOutbox
from adapters.embedded.sqlite.users import SqliteUserRepository
from domain.channels import Channel, Device, DevicePlatform
from domain.ports.notifications import Delivery, RecipientRejected
from domain.users import Role, User

NOW = datetime(2026, 1, 1, tzinfo=UTC)


class RecordingSmtpHandler:
    def __init__(self) -> None:
        self.received: list = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("gone@"):
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.received.append(envelope)
        return "250 Message accepted"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server():
    handler = RecordingSmtpHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        yield handler, f"smtp://127.0.0.1:{controller.port}"
    finally:
        controller.stop()


@pytest.fixture
async def db(db):
    await SqliteUserRepository(db).add(User(
        id="u1", email="ada@example.com", name="Ada", role=Role.CANDIDATE, password_hash="x", created_at=NOW))
    return db


def _email(to: str = "ada@example.com") -> Delivery:
    return Delivery(user_id="u1", channel=Channel.EMAIL, recipient=to, kind="account", subject="Confirm your email",
                    text="Hello Ada, open https://app.example.test/verify-email?token=t",
                    html="<p>Hello Ada, <a href=\"https://app.example.test/verify-email?token=t\">confirm</a></p>")


def _dispatcher(outbox, senders, devices=None, **options):
    async def forget(device_id: str) -> None:
        if devices is not None:
            await devices.remove(device_id)

    return OutboxDispatcher(outbox, senders, forget, **{"backoff_seconds": 60.0, **options})


async def _rows(db) -> list[dict]:
    return [dict(r) for r in await db.fetch_all("SELECT * FROM outbox ORDER BY rowid")]


async def test_an_email_goes_out_over_smtp_with_plain_text_and_html(db, smtp_server):
    handler, url = smtp_server
    outbox = SqliteOutbox(db)
    await outbox.enqueue([_email()])
    assert [r["state"] for r in await _rows(db)] == ["pending"]
    sender = SmtpEmailSender(url, "TalentGraph <no-reply@talentgraph.test>")
    assert await _dispatcher(outbox, {Channel.EMAIL: sender}).run_once() == 1

    (envelope,) = handler.received
    assert envelope.rcpt_tos == ["ada@example.com"]
    mail = message_from_bytes(envelope.content, policy=policy.default)
    assert mail["Subject"] == "Confirm your email" and "no-reply@talentgraph.test" in mail["From"]
    assert "verify-email?token=t" in mail.get_body(("plain",)).get_content()
    assert "<a href=" in mail.get_body(("html",)).get_content()
    (row,) = await _rows(db)
    assert row["state"] == "sent" and row["sent_at"] and row["attempts"] == 1


async def test_a_mailbox_the_server_refuses_fails_with_the_reason_and_is_not_retried(db, smtp_server):
    handler, url = smtp_server
    outbox = SqliteOutbox(db)
    await outbox.enqueue([_email("gone@example.com")])
    dispatcher = _dispatcher(outbox, {Channel.EMAIL: SmtpEmailSender(url, "no-reply@talentgraph.test")})
    await dispatcher.run_once()
    (row,) = await _rows(db)
    assert row["state"] == "failed" and "550" in row["last_error"] and "No such mailbox" in row["last_error"]
    assert await dispatcher.run_once() == 0 and handler.received == []


async def test_an_unreachable_server_is_retried_with_backoff_then_given_up(db):
    outbox = SqliteOutbox(db)
    await outbox.enqueue([_email()])
    sender = SmtpEmailSender(f"smtp://127.0.0.1:{_free_port()}", "no-reply@talentgraph.test")
    dispatcher = _dispatcher(outbox, {Channel.EMAIL: sender}, max_attempts=2, send_timeout_seconds=5)
    await dispatcher.run_once()
    (row,) = await _rows(db)
    assert row["state"] == "pending" and row["attempts"] == 1 and row["last_error"]
    first_wait = row["next_attempt_at"] - datetime.now().timestamp()
    assert 50 < first_wait < 80  # 60 s backoff, with jitter
    assert await dispatcher.run_once() == 0  # not due yet
    await db.execute("UPDATE outbox SET next_attempt_at = 0")
    await dispatcher.run_once()
    (row,) = await _rows(db)
    assert row["state"] == "failed" and row["last_error"].startswith("gave up after 2 attempts")


class RejectingPushProvider:
    """Stands in for a push provider (APNs/FCM cannot run here) that has unregistered a token."""

    channel = Channel.PUSH

    async def deliver(self, delivery: Delivery) -> None:
        raise RecipientRejected("Unregistered")


async def test_a_push_token_the_provider_rejects_is_forgotten(db):
    devices = SqliteDeviceRepository(db)
    device = await devices.add(Device(id="d1", user_id="u1", platform=DevicePlatform.IOS, token="stale",
                                      created_at=NOW))
    outbox = SqliteOutbox(db)
    await outbox.enqueue([Delivery(user_id="u1", channel=Channel.PUSH, recipient="stale", kind="match",
                                   subject="A new match", text="New match", device_id=device.id)])
    await _dispatcher(outbox, {Channel.PUSH: RejectingPushProvider()}, devices).run_once()
    (row,) = await _rows(db)
    assert row["state"] == "failed" and "Unregistered" in row["last_error"]
    assert await devices.for_users(["u1"]) == [[]]


async def test_without_a_provider_the_log_sink_marks_deliveries_sent_and_the_outbox_keeps_them(db, caplog):
    outbox = SqliteOutbox(db)
    await outbox.enqueue([_email(), _email()])  # no dedupe key: both are kept
    await outbox.enqueue([Delivery(user_id="u1", channel=Channel.SMS, recipient="+14155552671", kind="account",
                                   subject="Code", text="Your code is 123456", dedupe_key="k")] * 2)
    with caplog.at_level("INFO", logger="talentgraph.notifications"):
        await _dispatcher(outbox, {c: LogSender(c) for c in Channel}).run_once()
    assert [(r["channel"], r["state"]) for r in await _rows(db)] == [("email", "sent")] * 2 + [("sms", "sent")]
    # Neither the code nor the number: the recipient is named by its hash.
    assert "123456" not in caplog.text and "+14155552671" not in caplog.text
    assert address_hash("+14155552671") in caplog.text


@pytest.mark.parametrize("url, expected", [
    ("smtp://127.0.0.1:1025", ("127.0.0.1", 1025, None, None, False, None)),
    ("smtp://user%40x:p%2Fw@mail.example.test", ("mail.example.test", 587, "user@x", "p/w", False, None)),
    ("smtps://mail.example.test", ("mail.example.test", 465, None, None, True, False)),
    ("smtp://mail.example.test:2525?starttls=false", ("mail.example.test", 2525, None, None, False, False)),
])
def test_the_smtp_url_names_host_port_credentials_and_tls(url, expected):
    config = SmtpConfig.from_url(url)
    assert (config.hostname, config.port, config.username, config.password, config.use_tls, config.start_tls) == expected
