"""requestEmailChange does the same work for a free address, one another account uses and one
held for the account that gave it up (domain/services/email_change.py): the same password check,
link minted, look-ups and one message rendered and sent, counted call by call, so its timing
cannot tell the asker which it was. Only who the message goes to differs."""
from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest

from domain.messages import Links
from domain.services.email_change import EmailChange
from domain.services.one_time_tokens import OneTimeTokens
from domain.users import Role, User
from tests.fakes.account_lifecycle import CountingHasher, FakeDevices, FakeOneTimeTokens, RecordingNotifier
from tests.fakes.accounts import FakeSessions, FakeUsers, FixedClock, RecordingEventBus


class Counted:
    """Forwards to `inner`, counting each method called by name into `calls`."""

    def __init__(self, inner: object, name: str, calls: Counter) -> None:
        self._inner, self._name, self._calls = inner, name, calls

    def __getattr__(self, attribute: str):
        value = getattr(self._inner, attribute)
        if not callable(value):
            return value

        def counted(*args, **kwargs):
            self._calls[f"{self._name}.{attribute}"] += 1
            return value(*args, **kwargs)
        return counted


def _person(users: FakeUsers, clock: FixedClock, email: str, name: str = "Pat") -> User:
    user = User(id=email.split("@")[0], email=email, name=name, role=Role.CANDIDATE, password_hash="hashed:pw",
                created_at=clock.now())
    users.users[user.id] = user
    return user


async def _work_for(path: str) -> tuple[Counter, list]:
    clock, users, store, hasher, notifier = FixedClock(), FakeUsers(), FakeOneTimeTokens(), CountingHasher(), \
        RecordingNotifier()
    asker = _person(users, clock, "asker@example.org")
    _person(users, clock, "in-use@example.org", name="Owner")
    giver = _person(users, clock, "giver@example.org")
    await users.change_email(giver.id, "giver-now@example.org", replacing=giver.email, now=clock.now(),
                             hold_replaced_for=timedelta(days=7))
    calls: Counter = Counter()
    service = EmailChange(Counted(users, "users", calls), FakeSessions(users), FakeDevices(), hasher,
                          OneTimeTokens(Counted(store, "tokens", calls), clock), Counted(notifier, "notifier", calls),
                          RecordingEventBus(), Links("https://app.example.test/"), clock)
    address = {"free": "free@example.org", "taken": "in-use@example.org", "held": "giver@example.org"}[path]
    assert await service.request(asker, address, "pw") == address
    calls["hasher.verify"] = hasher.verifications
    calls["hasher.hash"] = hasher.hashes
    return calls, notifier.sent


@pytest.mark.parametrize("path", ["taken", "held"])
async def test_a_taken_or_held_address_costs_what_a_free_one_does(path):
    free, free_sent = await _work_for("free")
    other, other_sent = await _work_for(path)
    assert other == free
    assert free["tokens.add"] == 1 and free["hasher.verify"] == 1
    assert (len(other_sent), len(free_sent)) == (1, 1)
    assert len(other_sent[0].text) > 0


async def test_each_is_told_to_whom_it_concerns():
    (_, [free]), (_, [taken]), (_, [held]) = [await _work_for(p) for p in ("free", "taken", "held")]
    assert (free.user_id, free.recipient, free.subject) == ("asker", "free@example.org", "Confirm your new email address")
    assert "confirm-email-change" in free.data["link"]
    assert (taken.user_id, taken.recipient) == ("in-use", None) and "Owner" in taken.text
    # The held address's mailbox is its giver's: told that nothing changed, with no link to refuse.
    assert (held.user_id, held.recipient, held.data) == ("giver", "giver@example.org", {})
    assert "nothing was changed" in held.text
