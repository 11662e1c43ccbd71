"""In-memory fakes of the ports the account lifecycle needs (tokens, devices, queue, outbox,
erasure store, blobs), for unit tests of the domain services."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from domain.account_tokens import OneTimeToken, Purpose
from domain.channels import Device
from domain.ports.accounts import ResumeWork
from domain.ports.notifications import Delivery, Message
from domain.ports.queue import PendingWork
from tests.fakes.accounts import FakeHasher
from tests.fakes.work_queue import InMemoryWorkQueue


class CountingHasher(FakeHasher):
    """Counts every hash and verification: the work an attacker could time."""

    def __init__(self) -> None:
        super().__init__()
        self.hashes = 0

    def hash(self, password: str) -> str:
        self.hashes += 1
        return super().hash(password)


class FakeOneTimeTokens:
    def __init__(self) -> None:
        self.tokens: dict[str, OneTimeToken] = {}

    async def add(self, token: OneTimeToken) -> None:
        self.tokens[token.id] = token

    async def find(self, token_hash: str) -> OneTimeToken | None:
        return next((t for t in self.tokens.values() if t.token_hash == token_hash), None)

    async def latest_open(self, user_id: str, purpose: Purpose, now: datetime) -> OneTimeToken | None:
        open_ = [t for t in self.tokens.values() if t.user_id == user_id and t.purpose is purpose
                 and t.used_at is None and t.expires_at > now]
        return max(open_, key=lambda t: t.created_at, default=None)

    async def issued_since(self, user_id: str, purpose: Purpose, since: datetime) -> list[datetime]:
        return sorted(t.created_at for t in self.tokens.values()
                      if t.user_id == user_id and t.purpose is purpose and t.created_at >= since)

    async def consume(self, token_id: str, now: datetime) -> bool:
        token = self.tokens[token_id]
        if token.used_at is not None or token.expires_at <= now:
            return False
        self.tokens[token_id] = token.model_copy(update={"used_at": now})
        return True

    async def claim_attempt(self, token_id: str, max_attempts: int) -> int | None:
        token = self.tokens.get(token_id)
        if token is None or token.attempts >= max_attempts:
            return None
        self.tokens[token_id] = token.model_copy(update={"attempts": token.attempts + 1})
        return token.attempts + 1

    async def retire_open(
        self, user_id: str, purpose: Purpose, now: datetime, *, issued_from: datetime | None = None,
    ) -> None:
        for token in list(self.tokens.values()):
            if token.user_id == user_id and token.purpose is purpose and token.used_at is None \
                    and (issued_from is None or token.created_at >= issued_from):
                self.tokens[token.id] = token.model_copy(update={"used_at": now})


class FakeDevices:
    def __init__(self) -> None:
        self.devices: dict[str, Device] = {}

    async def add(self, device: Device) -> Device:
        existing = next((d for d in self.devices.values()
                         if d.platform == device.platform and d.token == device.token), None)
        stored = existing.model_copy(update={"user_id": device.user_id, "session_id": device.session_id}) \
            if existing else device
        self.devices[stored.id] = stored
        return stored

    async def for_users(self, user_ids: Sequence[str]) -> list[list[Device]]:
        return [[d for d in self.devices.values() if d.user_id == u] for u in user_ids]

    async def remove(self, device_id: str) -> None:
        self.devices.pop(device_id, None)

    async def remove_for_session(self, session_id: str) -> None:
        self.devices = {k: d for k, d in self.devices.items() if d.session_id != session_id}

    async def remove_for_user(self, user_id: str) -> None:
        self.devices = {k: d for k, d in self.devices.items() if d.user_id != user_id}


class RecordingQueue(InMemoryWorkQueue):
    """The in-memory work queue, remembering every item enqueued, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[tuple[str, dict]] = []

    async def enqueue(self, kind: str, payload: dict, **options: Any) -> str:
        self.items.append((kind, payload))
        return await super().enqueue(kind, payload, **options)


class RecordingNotifier:
    def __init__(self) -> None:
        self.sent: list[Message] = []

    async def send(self, messages: list[Message]) -> None:
        self.sent.extend(messages)

    def links(self) -> list[str]:
        return [m.data["link"] for m in self.sent if "link" in m.data]


class RecordingOutbox:
    def __init__(self) -> None:
        self.deliveries: list[Delivery] = []

    async def enqueue(self, deliveries: list[Delivery]) -> None:
        self.deliveries.extend(deliveries)


class FakeAccountStore:
    def __init__(self, resumes: list[tuple[str, str]] | None = None) -> None:
        self.resumes = resumes or []
        self.erased: list[str] = []
        self.work: list[PendingWork] = []  # stored with the erasure, as a real store's outbox

    async def erase(self, user_id: str, work_per_resume: ResumeWork | None = None) -> list[tuple[str, str]]:
        self.erased.append(user_id)
        if work_per_resume is not None:
            self.work.extend(work_per_resume(resume_id, sha256) for resume_id, sha256 in self.resumes)
        return self.resumes


class FakeResumeShas:
    """The ResumeRepository's `sha_in_use`, for blobs other people's resumes still use."""

    def __init__(self, in_use: set[str] | None = None) -> None:
        self.in_use = in_use or set()

    async def sha_in_use(self, sha256: str) -> bool:
        return sha256 in self.in_use


class FakeResumeVectors:
    def __init__(self, ids: set[str]) -> None:
        self.ids = set(ids)

    async def remove_resume(self, resume_id: str) -> None:
        self.ids.discard(resume_id)


class PortCallCounter:
    """Wraps fakes so a test can compare the calls two code paths make."""

    def __init__(self) -> None:
        self.calls: Counter = Counter()

    def wrap(self, name: str, target: Any) -> Any:
        counter = self.calls

        class Counted:
            def __getattr__(self, attribute: str) -> Any:
                value = getattr(target, attribute)
                if not callable(value):
                    return value

                async def call(*args: Any, **kwargs: Any) -> Any:
                    counter[f"{name}.{attribute}"] += 1
                    return await value(*args, **kwargs)

                return call

        return Counted()
