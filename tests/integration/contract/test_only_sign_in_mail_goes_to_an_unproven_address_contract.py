"""An address nobody proved gets only the mail of signing in and of proving or changing an
address (the verification link, a reset, a password or address change's notice, an
invitation to sign up): no application notice, no organization notice, no match, since anyone
can sign up with a stranger's address. The in-app notification is kept all the same, and once
the address is proven the rest follows; on both backends' outboxes."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from domain.channels import Channel
from domain.email_change_messages import CONFIRM_NEW_EMAIL, EMAIL_ALREADY_AN_ACCOUNT
from domain.messages import PASSWORD_CHANGED, RESET_PASSWORD, VERIFY_EMAIL
from domain.ports.notifications import Message
from domain.users import Role, User
from tests.integration.contract.test_notifier_contract import notifier_and_probe  # noqa: F401


@pytest.fixture
async def person(database):
    """This module's person never proved their address (the shared one did)."""
    from adapters.embedded.sqlite.users import SqliteUserRepository

    user = User(id=uuid.uuid4().hex, email=f"{uuid.uuid4().hex[:8]}@example.com", name="Ada", role=Role.EMPLOYER,
                password_hash="x", created_at=datetime.now(UTC))
    users = SqliteUserRepository(database)
    await users.add(user)
    return user, users


def _not_of_signing_in(user_id: str, tag: str) -> list[Message]:
    return [
        Message(user_id=user_id, kind="application", subject=f"Your application to Cook was received {tag}",
                text="Received", dedupe_key=f"application:a1:1:{user_id}:{tag}"),
        Message(user_id=user_id, kind="application", subject=f"Application for Cook: submitted → screening {tag}",
                text="Moved", dedupe_key=f"application:a1:2:{user_id}:{tag}"),
        Message(user_id=user_id, kind="account", subject=f"You left Ward Staffing on TalentGraph {tag}",
                text="You left"),
        Message(user_id=user_id, kind="match", subject=f"New match: Cook {tag}", text="You match"),
    ]


def _of_signing_in(user: User) -> list[Message]:
    return [
        VERIFY_EMAIL.render(user.id, user.name, "https://t.example/v", only_channel=Channel.EMAIL, hours="48"),
        RESET_PASSWORD.render(user.id, user.name, "https://t.example/r", only_channel=Channel.EMAIL, minutes="30"),
        PASSWORD_CHANGED.render(user.id, user.name, "https://t.example/f"),
        EMAIL_ALREADY_AN_ACCOUNT.render(user.id, user.name, "https://t.example/f", only_channel=Channel.EMAIL),
        CONFIRM_NEW_EMAIL.render(user.id, user.name, "https://t.example/c", hours="24", only_channel=Channel.EMAIL,
                                 recipient=f"new-{user.email}"),
    ]


async def test_an_unproven_address_gets_the_mail_of_signing_in_and_nothing_else(notifier_and_probe):
    notifier, delivered, user = notifier_and_probe
    await notifier.send(_not_of_signing_in(user.id, "before"))
    await notifier.send(_of_signing_in(user))
    assert sorted(await delivered()) == sorted(m.subject for m in _of_signing_in(user))


async def test_once_proven_the_address_gets_the_rest(notifier_and_probe, person):
    notifier, delivered, user = notifier_and_probe
    _, users = person
    await notifier.send(_not_of_signing_in(user.id, "before"))
    await users.set_email_verified(user.id)
    await notifier.send(_not_of_signing_in(user.id, "after"))
    assert sorted(await delivered()) == sorted(m.subject for m in _not_of_signing_in(user.id, "after"))


async def test_the_application_notices_stay_in_the_inbox_whether_or_not_mail_goes(database, person):
    from adapters.embedded.sqlite.outbox import SqliteOutboxNotifier

    user, _ = person
    notifier = SqliteOutboxNotifier(database)
    await notifier.send(_not_of_signing_in(user.id, "before"))
    assert await notifier.messages_for(user.id) == []
    # Application and match messages are kept in the inbox; account ones never are.
    assert await notifier.outbox.inbox.unread_counts([user.id]) == [3]

