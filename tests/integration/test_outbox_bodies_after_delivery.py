"""Links and codes in account messages do not stay in the outbox table once the message has
left (sent, or given up on): the bodies are dropped, the row (who, what, when) stays."""
from __future__ import annotations

from datetime import UTC, datetime

from adapters.embedded.notifications.dispatcher import OutboxDispatcher
from adapters.embedded.sqlite.outbox import SqliteOutbox
from adapters.embedded.sqlite.users import SqliteUserRepository
from domain.channels import Channel
from domain.ports.notifications import Delivery
from domain.users import Role, User

NOW = datetime(2026, 1, 1, tzinfo=UTC)
LINK = "https://app.example.test/reset-password?token=SECRET-TOKEN-123"


class Accepting:
    async def deliver(self, delivery: Delivery) -> None:
        assert LINK in delivery.text  # the sender still gets the whole message


class Failing:
    async def deliver(self, delivery: Delivery) -> None:
        raise ConnectionError("mail relay down")


def _reset_mail(kind: str = "account") -> Delivery:
    return Delivery(user_id="u1", channel=Channel.EMAIL, recipient="ada@example.com", kind=kind,
                    subject="Reset your password", text=f"Choose a new one: {LINK}",
                    html=f"<a href=\"{LINK}\">reset</a>", data={"link": LINK})


async def _rows(db) -> list[dict]:
    return [dict(r) for r in await db.fetch_all("SELECT * FROM outbox ORDER BY rowid")]


async def _with_user(db):
    await SqliteUserRepository(db).add(User(
        id="u1", email="ada@example.com", name="Ada", role=Role.CANDIDATE, password_hash="x", created_at=NOW))


async def test_a_sent_reset_link_is_no_longer_in_the_database(db):
    await _with_user(db)
    outbox = SqliteOutbox(db)
    await outbox.enqueue([_reset_mail()])
    assert LINK in (await _rows(db))[0]["body_text"]  # until it has gone out
    await OutboxDispatcher(outbox, {Channel.EMAIL: Accepting()}, _forget).run_once()

    (row,) = await _rows(db)
    assert row["state"] == "sent" and row["subject"] == "Reset your password"
    assert not any("SECRET-TOKEN-123" in str(value) for value in row.values()), row


async def test_a_link_given_up_on_is_dropped_too(db):
    await _with_user(db)
    outbox = SqliteOutbox(db)
    await outbox.enqueue([_reset_mail()])
    await OutboxDispatcher(outbox, {Channel.EMAIL: Failing()}, _forget, max_attempts=1).run_once()

    (row,) = await _rows(db)
    assert row["state"] == "failed" and "mail relay down" in row["last_error"]
    assert not any("SECRET-TOKEN-123" in str(value) for value in row.values()), row


async def test_a_pending_retry_keeps_its_body_to_send_it_later(db):
    await _with_user(db)
    outbox = SqliteOutbox(db)
    await outbox.enqueue([_reset_mail()])
    await OutboxDispatcher(outbox, {Channel.EMAIL: Failing()}, _forget, max_attempts=3).run_once()
    (row,) = await _rows(db)
    assert row["state"] == "pending" and LINK in row["body_text"]


async def test_kept_for_reading_when_asked_to(db):
    # Local development without a mail provider: the outbox is where the link is read.
    await _with_user(db)
    outbox = SqliteOutbox(db, keep_delivered_bodies=True)
    await outbox.enqueue([_reset_mail()])
    await OutboxDispatcher(outbox, {Channel.EMAIL: Accepting()}, _forget).run_once()
    (row,) = await _rows(db)
    assert row["state"] == "sent" and LINK in row["body_text"]


async def _forget(device_id: str) -> None:
    pass
