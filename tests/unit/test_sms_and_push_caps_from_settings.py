"""The settings cap SMS per phone number and push per device as they cap mail per address, with
defaults far below mail's (a text costs money, a buzz interrupts), and refuse a cap under one;
the notifier the backends share drops what is over them (on the backends' own buckets:
tests/integration/contract/test_recipient_mail_caps_contract.py)."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from domain.channels import Channel, ChannelPreferences, Device, DevicePlatform
from domain.ports.notifications import Delivery, Message
from domain.services.notifications import ChannelNotifier
from domain.users import Preferences, Role, User
from gateway.config import Settings
from gateway.mail_caps import mail_caps
from tests.fakes.account_lifecycle import FakeDevices
from tests.fakes.accounts import FakeUsers, FixedClock


class _Buckets:
    """Token buckets in memory that never refill (an hour that does not pass)."""

    def __init__(self, capacity: float) -> None:
        self.capacity, self.taken = capacity, {}

    async def take(self, key: str, tokens: float = 1.0) -> float:
        if self.taken.get(key, 0) + tokens > self.capacity:
            return 60.0
        self.taken[key] = self.taken.get(key, 0) + tokens
        return 0.0


class _Outbox:
    def __init__(self) -> None:
        self.deliveries: list[Delivery] = []

    async def enqueue(self, deliveries: list[Delivery]) -> None:
        self.deliveries.extend(deliveries)


def _settings(tmp_path, **caps) -> Settings:
    return Settings(data_dir=tmp_path, jwt_secret="test-secret-" + "x" * 40, **caps)


def test_sms_and_push_are_capped_by_default_below_mail(tmp_path):
    caps = mail_caps(_settings(tmp_path), lambda name, cap: None)
    assert caps.cap_of("application") == 100
    assert caps.cap_of("application", Channel.SMS) == 10 and caps.cap_of("account", Channel.SMS) == 5
    assert caps.cap_of("match", Channel.PUSH) == 30


def test_the_caps_are_configurable_per_kind(tmp_path):
    caps = mail_caps(_settings(tmp_path, sms_cap_per_recipient_hour={"match": 2}, push_cap_per_recipient_hour_default=4),
                     lambda name, cap: None)
    assert (caps.cap_of("match", Channel.SMS), caps.cap_of("application", Channel.PUSH)) == (2, 4)


@pytest.mark.parametrize("field", ["sms_cap_per_recipient_hour", "push_cap_per_recipient_hour"])
def test_a_cap_under_one_is_refused(tmp_path, field):
    with pytest.raises(ValidationError):
        _settings(tmp_path, **{field: {"match": 0}})


async def test_a_busy_hour_of_moves_texts_a_phone_at_most_its_cap_and_mails_every_one(tmp_path):
    every = [Channel.EMAIL, Channel.SMS, Channel.PUSH]
    users, devices, outbox = FakeUsers(), FakeDevices(), _Outbox()
    await users.add(User(id="ada", email="ada@example.com", name="Ada", role=Role.CANDIDATE, password_hash="x",
                         created_at=datetime(2026, 1, 1, tzinfo=UTC), email_verified=True, phone="+447700900123",
                         phone_verified=True, preferences=Preferences(channels=ChannelPreferences(
                             application_update=every))))
    await devices.add(Device(id="d1", user_id="ada", platform=DevicePlatform.ANDROID, token="token-1",
                             created_at=datetime(2026, 1, 1, tzinfo=UTC)))
    caps = mail_caps(_settings(tmp_path), lambda name, cap: _Buckets(cap.capacity))
    notifier = ChannelNotifier(users, devices, outbox, clock=FixedClock(), caps=caps)
    for n in range(40):
        await notifier.send([Message(user_id="ada", kind="application", subject=f"Application {n} moved", text="!",
                                     dedupe_key=f"application:a{n}:2:ada")])
    sent = [d.channel for d in outbox.deliveries]
    assert (sent.count(Channel.EMAIL), sent.count(Channel.SMS), sent.count(Channel.PUSH)) == (40, 10, 30)
