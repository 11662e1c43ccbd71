"""Match mail goes only to a proven address: anyone can sign up with a stranger's address, and
must not get job content mailed to it so. The account's own mail (a reset link, a security
notice) still goes, the in-app notification is still kept, and once the address is proven
match mail follows; on both backends' outboxes, and for the daily digest."""
from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from domain.channels import Channel
from domain.match_digest import DigestEntry, compose_digest
from domain.messages import PASSWORD_CHANGED, RESET_PASSWORD
from domain.ports.notifications import Message
from domain.users import Role, User
from tests.integration.contract.test_notifier_contract import notifier_and_probe  # noqa: F401


def _unproven() -> User:
    return User(id=uuid.uuid4().hex, email=f"{uuid.uuid4().hex[:8]}@example.com", name="Ada", role=Role.CANDIDATE,
                password_hash="x", created_at=datetime.now(UTC))


@pytest.fixture
async def person(database):
    """This module's person never proved their address (the shared one did)."""
    from adapters.embedded.sqlite.users import SqliteUserRepository

    user, users = _unproven(), SqliteUserRepository(database)
    await users.add(user)
    return user, users


def _match(user_id: str, title: str) -> Message:
    return Message(user_id=user_id, kind="match", subject=f"New match: {title}", text=f"{title} matches you",
                   data={"jobId": title}, dedupe_key=f"match:{user_id}:{title}")


async def test_an_unproven_address_gets_account_mail_but_no_match_mail_until_proven(notifier_and_probe, person):
    notifier, delivered, user = notifier_and_probe
    _, users = person
    await notifier.send([_match(user.id, "Line cook")])
    await notifier.send([RESET_PASSWORD.render(user.id, user.name, "https://t.example/r", only_channel=Channel.EMAIL,
                                               minutes="30"),
                         PASSWORD_CHANGED.render(user.id, user.name, "https://t.example/f")])
    assert sorted(await delivered()) == ["Reset your password", "Your password was changed"]

    await users.set_email_verified(user.id)
    await notifier.send([_match(user.id, "Pastry chef")])
    assert sorted(await delivered()) == ["New match: Pastry chef", "Reset your password", "Your password was changed"]


async def test_the_in_app_notification_is_kept_whether_or_not_mail_goes(database, person):
    from adapters.embedded.sqlite.outbox import SqliteOutboxNotifier

    user, _ = person
    notifier = SqliteOutboxNotifier(database)
    await notifier.send([_match(user.id, "Line cook")])
    assert await notifier.messages_for(user.id) == []
    assert await notifier.outbox.inbox.unread_counts([user.id]) == [1]


def test_the_daily_digest_skips_an_unproven_address():
    user = _unproven()
    day = date(2026, 3, 2)
    entries = [DigestEntry(user.id, day, "j1", "Line cook", 2, None)]
    assert compose_digest(user, day, entries) is None
    proven = compose_digest(user.model_copy(update={"email_verified": True}), day, entries)
    assert proven is not None and proven.recipient == user.email
