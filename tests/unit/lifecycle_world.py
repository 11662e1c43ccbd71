"""The account lifecycle services built on fakes, shared by the unit tests."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from domain.messages import Links
from domain.services.accounts import AccountService, ClientInfo, Registration
from domain.services.channels import NotificationChannels
from domain.services.one_time_tokens import OneTimeTokens
from domain.services.password_reset import PasswordReset
from domain.services.sessions import SessionService
from domain.services.verification import EmailVerification
from domain.users import Role
from tests.fakes.account_lifecycle import (
    CountingHasher,
    FakeDevices,
    FakeOneTimeTokens,
    RecordingNotifier,
    RecordingQueue,
)
from tests.fakes.accounts import FakeSessions, FakeTokens, FakeUsers, FixedClock, RecordingEventBus

CLIENT = ClientInfo(ip="127.0.0.1", device="pytest")
PASSWORD = "long enough secret"


@dataclass
class World:
    users: FakeUsers
    sessions: FakeSessions
    devices: FakeDevices
    tokens: FakeOneTimeTokens
    hasher: CountingHasher
    notifier: RecordingNotifier
    queue: RecordingQueue
    events: RecordingEventBus
    clock: FixedClock
    accounts: AccountService
    verification: EmailVerification
    reset: PasswordReset
    links: Links
    session_service: SessionService
    channels: NotificationChannels

    async def candidate(self, email: str = "ada@example.com", name: str = "Ada"):
        signed = await self.accounts.register(
            Registration(email=email, password=PASSWORD, name=name, role=Role.CANDIDATE), CLIENT
        )
        return signed

    def user(self, user_id: str):
        return self.users.users[user_id]


def token_of(link: str) -> str:
    return parse_qs(urlsplit(link).query)["token"][0]


def build_world() -> World:
    users, sessions, devices, store = FakeUsers(), FakeSessions(), FakeDevices(), FakeOneTimeTokens()
    hasher, notifier, queue, events, clock = (
        CountingHasher(), RecordingNotifier(), RecordingQueue(), RecordingEventBus(), FixedClock()
    )
    tokens = OneTimeTokens(store, clock)
    links = Links("https://app.example.test/")
    verification = EmailVerification(users, tokens, notifier, links)
    accounts = AccountService(users, sessions, hasher, FakeTokens(), events, clock,
                              verification=verification, devices=devices)
    return World(
        users=users, sessions=sessions, devices=devices, tokens=store, hasher=hasher, notifier=notifier,
        queue=queue, events=events, clock=clock, accounts=accounts, verification=verification,
        reset=PasswordReset(users, sessions, devices, hasher, tokens, notifier, queue, links, clock, events),
        links=links,
        session_service=SessionService(sessions, devices, clock),
        channels=NotificationChannels(users, devices, tokens, notifier, events, clock),
    )
