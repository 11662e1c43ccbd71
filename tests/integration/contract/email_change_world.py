"""The address-change service over the account ports of either backend or their fakes (whose
users and one-time tokens share one state, as a store's do). Import `ports` into a test module."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from domain.messages import Links
from domain.services.email_change import EmailChange
from domain.services.one_time_tokens import OneTimeTokens
from tests.fakes.account_lifecycle import FakeDevices, FakeOneTimeTokens, RecordingNotifier
from tests.fakes.accounts import FakeHasher, FakeSessions, FakeUsers, FixedClock, RecordingEventBus
from tests.integration.contract.account_port_backends import ports_on
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import at


@pytest.fixture(params=[*BACKENDS, "fake"])
async def ports(request, database, aws_clients, aws_names):
    if request.param == "fake":
        tokens = FakeOneTimeTokens()
        users = FakeUsers(links=tokens.tokens)
        return SimpleNamespace(users=users, sessions=FakeSessions(users), devices=FakeDevices(), tokens=tokens)
    return await ports_on(request.param, database, aws_clients, aws_names)


def email_change_world(ports) -> SimpleNamespace:
    clock, notifier = FixedClock(at(1)), RecordingNotifier()
    tokens = OneTimeTokens(ports.tokens, clock)
    service = EmailChange(ports.users, ports.sessions, ports.devices, FakeHasher(), tokens, notifier,
                          RecordingEventBus(), Links("https://app.example.test/"), clock)
    return SimpleNamespace(service=service, tokens=tokens, notifier=notifier, clock=clock)
