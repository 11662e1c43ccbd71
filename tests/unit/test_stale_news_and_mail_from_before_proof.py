"""The notifier's rules for a message about something that happened earlier: one whose
person's address was unproven then (`Message.address_proven_then` False) is mailed nothing
even once the address is proven, while SMS to a proven phone and the inbox entry still go; one
sent later than it is news (`Message.news_for` after `happened_at`) is kept in the inbox and goes
on no channel."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from domain.channels import Channel, ChannelPreferences
from domain.ports.notifications import Delivery, Message
from domain.services.notifications import ChannelNotifier
from domain.users import Preferences, Role, User
from tests.fakes.account_lifecycle import FakeDevices
from tests.fakes.accounts import FakeUsers, FixedClock
from tests.fakes.inbox import FakeInbox


class _Outbox:
    def __init__(self) -> None:
        self.deliveries: list[Delivery] = []

    async def enqueue(self, deliveries: list[Delivery]) -> None:
        self.deliveries.extend(deliveries)


async def _notifier_for_a_proven_person():
    users = FakeUsers()
    both = [Channel.EMAIL, Channel.SMS]
    await users.add(User(
        id="ada", email="ada@example.com", name="Ada", role=Role.CANDIDATE, password_hash="x",
        created_at=datetime(2026, 1, 1, tzinfo=UTC), email_verified=True, phone="+447700900123", phone_verified=True,
        preferences=Preferences(channels=ChannelPreferences(application_update=both))))
    inbox, outbox = FakeInbox(), _Outbox()
    return ChannelNotifier(users, FakeDevices(), outbox, inbox=inbox, clock=FixedClock()), inbox, outbox


NOW = datetime(2026, 1, 1, tzinfo=UTC)  # FixedClock's


def _receipt(**rule: object) -> Message:
    return Message(user_id="ada", kind="application", subject="Your application to Line Cook was received",
                   text="!", dedupe_key="application:a1:1:ada", **rule)


async def test_mail_about_what_happened_before_the_address_was_proven_is_not_sent():
    notifier, inbox, outbox = await _notifier_for_a_proven_person()
    await notifier.send([_receipt(address_proven_then=False)])
    assert [d.channel for d in outbox.deliveries] == [Channel.SMS]
    assert await inbox.unread_counts(["ada"]) == [1]


async def test_news_sent_later_than_it_is_news_goes_to_the_inbox_only():
    notifier, inbox, outbox = await _notifier_for_a_proven_person()
    await notifier.send([_receipt(happened_at=NOW - timedelta(hours=2), news_for=timedelta(hours=1))])
    assert outbox.deliveries == [] and await inbox.unread_counts(["ada"]) == [1]
    await notifier.send([Message(user_id="ada", kind="application", subject="Moved", text="!", dedupe_key="a:2:ada",
                                 happened_at=NOW - timedelta(minutes=59), news_for=timedelta(hours=1))])
    assert sorted(d.channel.value for d in outbox.deliveries) == ["EMAIL", "SMS"]


async def test_news_of_a_proven_address_goes_on_every_chosen_channel():
    notifier, inbox, outbox = await _notifier_for_a_proven_person()
    await notifier.send([_receipt(address_proven_then=True)])
    assert sorted(d.channel.value for d in outbox.deliveries) == ["EMAIL", "SMS"]
