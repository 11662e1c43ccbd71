"""The notifier's two rules for email, on the fakes (the contract tests run them on SQLite and
DynamoDB): an unproven address gets only the mail of signing in and of proving or changing an
address, while SMS to a proven phone and the inbox entry still go; and an address gets at most
its kind's hourly cap of mail, the rest dropped and counted, the inbox entry kept."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from domain.channels import Channel, ChannelPreferences
from domain.email_change_messages import CONFIRM_NEW_EMAIL
from domain.messages import RESET_PASSWORD, VERIFY_EMAIL
from domain.ports.notifications import Delivery, Message
from domain.services.notifications import ChannelNotifier
from domain.services.recipient_caps import RecipientMailCaps
from domain.users import Preferences, Role, User
from tests.fakes.account_lifecycle import FakeDevices
from tests.fakes.accounts import FakeUsers, FixedClock
from tests.fakes.inbox import FakeInbox
from tests.fakes.lease_store import InMemoryLeaseStore
from tests.manual_clock import ManualClock


class RecordingOutbox:
    def __init__(self) -> None:
        self.deliveries: list[Delivery] = []

    async def enqueue(self, deliveries: list[Delivery]) -> None:
        self.deliveries.extend(deliveries)


def _person(user_id: str, proven: bool) -> User:
    both = [Channel.EMAIL, Channel.SMS]
    return User(id=user_id, email=f"{user_id}@example.com", name=user_id, role=Role.CANDIDATE, password_hash="x",
                created_at=datetime(2026, 1, 1, tzinfo=UTC), email_verified=proven, phone="+447700900123",
                phone_verified=True, preferences=Preferences(channels=ChannelPreferences(
                    new_match=both, application_update=both, account=both)))


async def _world(*people: User, caps: RecipientMailCaps | None = None):
    users = FakeUsers()
    for person in people:
        await users.add(person)
    inbox, outbox = FakeInbox(), RecordingOutbox()
    return ChannelNotifier(users, FakeDevices(), outbox, inbox=inbox, clock=FixedClock(), caps=caps), inbox, outbox


def _news(user_id: str, n: int = 0) -> list[Message]:
    return [Message(user_id=user_id, kind="application", subject=f"Your application was received {n}", text="!",
                    dedupe_key=f"application:a{n}:1:{user_id}"),
            Message(user_id=user_id, kind="account", subject=f"You left Ward Staffing {n}", text="!"),
            Message(user_id=user_id, kind="match", subject=f"New match: Cook {n}", text="!",
                    dedupe_key=f"match:{user_id}:{n}")]


async def test_an_unproven_address_is_mailed_only_what_signs_in_while_sms_and_the_inbox_go_on():
    notifier, inbox, outbox = await _world(_person("ada", proven=False))
    await notifier.send([*_news("ada"), VERIFY_EMAIL.render("ada", "Ada", "https://t.example/v", hours="48",
                                                            only_channel=Channel.EMAIL)])
    emails = [d.subject for d in outbox.deliveries if d.channel is Channel.EMAIL]
    texts = [d.subject for d in outbox.deliveries if d.channel is Channel.SMS]
    assert emails == ["Confirm your email address"]
    assert sorted(texts) == sorted(m.subject for m in _news("ada"))
    assert await inbox.unread_counts(["ada"]) == [2]  # the application and the match


async def test_a_proven_address_is_mailed_everything():
    notifier, _, outbox = await _world(_person("ada", proven=True))
    await notifier.send(_news("ada"))
    assert sorted(d.subject for d in outbox.deliveries if d.channel is Channel.EMAIL) == sorted(
        m.subject for m in _news("ada"))


async def test_past_its_cap_an_address_gets_no_more_mail_of_the_kind_and_the_inbox_entry_stays():
    clock = ManualClock(1_000_000.0)
    caps = RecipientMailCaps(lambda name, cap: InMemoryLeaseStore(cap.capacity, cap.refill_per_second, clock),
                             {"account": 2}, default_per_hour=1)
    people = [_person(name, proven=True) for name in ("ada", "bo", "cy")]
    notifier, inbox, outbox = await _world(*people, caps=caps)
    for person in people:
        await notifier.send([CONFIRM_NEW_EMAIL.render(person.id, person.name, "https://t.example/c", hours="24",
                                                      only_channel=Channel.EMAIL, recipient="Shared@Example.com ")])
    await notifier.send(_news("ada", 1))
    await notifier.send(_news("ada", 2))  # application and match: a cap of 1 each; account: 2 of ada's own
    mailed = [(d.kind, d.recipient) for d in outbox.deliveries if d.channel is Channel.EMAIL]
    assert mailed == [("account", "Shared@Example.com "), ("account", "Shared@Example.com "),
                      ("application", "ada@example.com"), ("account", "ada@example.com"),
                      ("match", "ada@example.com"), ("account", "ada@example.com")]
    assert caps.dropped == {"account": 1, "application": 1, "match": 1}
    assert await inbox.unread_counts(["ada"]) == [4]
    assert len([d for d in outbox.deliveries if d.channel is Channel.SMS]) == 6  # texts are not capped here


class LosesRacesOfOneKey:
    """A bucket store that, like a write made only over the value read (DynamoDB's), loses a
    take of a key while another take of it is in flight: what it loses reads as refused."""

    def __init__(self) -> None:
        self.in_flight: set[str] = set()
        self.taken = 0

    async def take(self, key: str, tokens: float = 1.0) -> float:
        if key in self.in_flight:
            return 1.0
        self.in_flight.add(key)
        try:
            await asyncio.sleep(0)
            self.taken += 1
            return 0.0
        finally:
            self.in_flight.discard(key)


async def test_a_dozen_mails_to_one_address_in_one_send_are_asked_one_after_another_and_all_go():
    store = LosesRacesOfOneKey()
    caps = RecipientMailCaps(lambda name, cap: store, {}, default_per_hour=100)
    notifier, _, outbox = await _world(_person("ada", proven=True), caps=caps)
    await notifier.send([Message(user_id="ada", kind="match", subject=f"New match: Cook {n}", text="!",
                                 dedupe_key=f"match:ada:{n}") for n in range(12)])
    assert len([d for d in outbox.deliveries if d.channel is Channel.EMAIL]) == 12
    assert store.taken == 12 and not caps.dropped


async def test_a_flood_of_one_account_mail_leaves_the_others_their_own_cap():
    clock = ManualClock(1_000_000.0)
    caps = RecipientMailCaps(lambda name, cap: InMemoryLeaseStore(cap.capacity, cap.refill_per_second, clock),
                             {"account": 2}, default_per_hour=100)
    notifier, _, outbox = await _world(_person("ada", proven=True), caps=caps)
    for _ in range(5):  # someone else's address change aimed at ada's address, again and again
        await notifier.send([CONFIRM_NEW_EMAIL.render("ada", "Ada", "https://t.example/c", hours="24",
                                                      only_channel=Channel.EMAIL)])
    await notifier.send([RESET_PASSWORD.render("ada", "Ada", "https://t.example/r", minutes="30",
                                               only_channel=Channel.EMAIL)])
    subjects = [d.subject for d in outbox.deliveries if d.channel is Channel.EMAIL]
    assert subjects.count(CONFIRM_NEW_EMAIL.subject) == 2
    assert RESET_PASSWORD.subject in subjects
