"""The notifier keeps match and application messages in the person's inbox whatever channels
they chose, never account messages (one-time links and codes), and announces each newly kept
one once; InboxService refuses someone else's id as an unknown one and bounds its input."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.channels import ChannelPreferences
from domain.errors import BadUserInput, NotFound
from domain.events import NotificationReceived
from domain.messages import RESET_PASSWORD
from domain.ports.notifications import Delivery, Message
from domain.services.inbox import MAX_IDS_PER_MARK, InboxService
from domain.services.notifications import ChannelNotifier
from domain.users import Preferences, Role, User
from tests.fakes.account_lifecycle import FakeDevices
from tests.fakes.accounts import FakeUsers, FixedClock, RecordingEventBus
from tests.fakes.inbox import FakeInbox


class RecordingOutbox:
    def __init__(self) -> None:
        self.deliveries: list[Delivery] = []

    async def enqueue(self, deliveries: list[Delivery]) -> None:
        self.deliveries.extend(deliveries)


def _person(user_id: str, channels: ChannelPreferences | None = None) -> User:
    preferences = Preferences(channels=channels) if channels is not None else Preferences()
    return User(id=user_id, email=f"{user_id}@example.com", name=user_id, role=Role.CANDIDATE, password_hash="x",
                created_at=datetime(2026, 1, 1, tzinfo=UTC), preferences=preferences)


async def _world(*people: User):
    users = FakeUsers()
    for person in people:
        await users.add(person)
    inbox, outbox, events = FakeInbox(), RecordingOutbox(), RecordingEventBus()
    notifier = ChannelNotifier(users, FakeDevices(), outbox, inbox=inbox, events=events, clock=FixedClock())
    return notifier, inbox, outbox, events


def _match(user_id: str, key: str = "match:u:j1") -> Message:
    return Message(user_id=user_id, kind="match", subject="New match: Cook", text="Cook matches",
                   data={"matchId": "m1", "jobId": "j1"}, dedupe_key=key)


async def test_match_and_application_messages_are_kept_whatever_the_channels_and_announced_once():
    silent = _person("ada", ChannelPreferences(new_match=[], application_update=[], account=[]))
    notifier, inbox, outbox, events = await _world(silent)
    application = Message(user_id="ada", kind="application", subject="Moved", text="Interview",
                          data={"applicationId": "a1"}, dedupe_key="application:a1:2:ada")
    await notifier.send([_match("ada"), application])
    await notifier.send([_match("ada")])  # a retried worker
    assert outbox.deliveries == []  # no channel chosen
    kept = sorted(inbox.notes["ada"].values(), key=lambda n: n.kind)
    assert [(n.kind, n.subject, n.link("applicationId"), n.link("matchId")) for n in kept] == [
        ("application", "Moved", "a1", None), ("match", "New match: Cook", None, "m1")]
    announced = [e for e in events.published if isinstance(e, NotificationReceived)]
    assert sorted(e.notification_id for e in announced) == sorted(n.id for n in kept)


async def test_account_messages_with_links_or_codes_never_reach_the_inbox():
    notifier, inbox, outbox, events = await _world(_person("ada"))
    reset = RESET_PASSWORD.render("ada", "Ada", link="https://app/reset?token=secret", minutes="30")
    await notifier.send([reset])
    assert len(outbox.deliveries) == 1
    assert inbox.notes == {} and events.published == []


async def test_messages_to_nobody_are_neither_kept_nor_announced():
    notifier, inbox, _, events = await _world()
    await notifier.send([_match("ghost")])
    assert inbox.notes == {} and events.published == []


async def test_someone_elses_id_is_not_found_as_an_unknown_one_and_nothing_is_marked():
    notifier, inbox, _, _ = await _world(_person("ada"), _person("bob"))
    await notifier.send([_match("ada", "k1"), _match("bob", "k2")])
    (mine,), (theirs,) = inbox.notes["ada"], inbox.notes["bob"]
    service = InboxService(inbox, FixedClock())
    ada = _person("ada")
    errors = []
    for ids in ([mine, theirs], ["f" * 32], ["x" * 500]):
        with pytest.raises(NotFound) as refused:
            await service.mark_read(ada, ids)
        errors.append((refused.value.message, refused.value.extensions.get("argument")))
    assert len(set(errors)) == 1 and errors[0][1] == "ids"
    assert await inbox.unread_counts(["ada"]) == [1]
    (marked,) = await service.mark_read(ada, [mine, mine])
    assert marked.read_at == FixedClock().now()
    with pytest.raises(BadUserInput):
        await service.mark_read(ada, [str(i) for i in range(MAX_IDS_PER_MARK + 1)])


async def test_a_kind_the_inbox_does_not_know_stays_out_of_it():
    notifier, inbox, _, events = await _world(_person("ada"))
    await notifier.send([Message(user_id="ada", kind="newsletter", subject="News", text="t", dedupe_key="n1")])
    assert inbox.notes == {} and events.published == []
