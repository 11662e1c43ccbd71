"""In-memory fakes of the admin and analytics ports, for unit tests of the domain services."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from domain.analytics import AuditRecord, Fact, TimeWindow
from domain.pagination import Page, PageRequest
from domain.users import Role, User
from tests.fakes.accounts import FakeSessions, FakeUsers


class FakeUserAdministration:
    """UserAdministration over the people of a FakeUsers (and the sessions of a FakeSessions,
    which a suspension revokes); runs the port's contract beside SQLite and DynamoDB
    (test_gateway_and_admin_ports_contract.py)."""

    def __init__(self, users: FakeUsers | Iterable[User], sessions: FakeSessions | None = None) -> None:
        if not isinstance(users, FakeUsers):
            people, users = users, FakeUsers()
            users.users.update({u.id: u for u in people})
        self._people = users
        self._sessions = sessions
        self.revoked: list[tuple[str, str]] = []

    @property
    def users(self) -> dict[str, User]:
        return self._people.users

    async def search(self, text: str | None, role: Role | None, suspended: bool | None, page: PageRequest) -> Page[User]:
        found = [u for u in self.users.values()
                 if (not text or text.lower() in (u.email + " " + u.name).lower())
                 and (role is None or u.role is role) and (suspended is None or u.suspended == suspended)]
        found.sort(key=lambda u: (u.created_at, u.id), reverse=True)  # newest first
        if page.after is not None:
            after = tuple(page.after)
            found = [u for u in found if (u.created_at.isoformat(), u.id) < after]
        kept = found[:page.first]
        return Page(kept, [(u.created_at.isoformat(), u.id) for u in kept], len(found) > page.first, len(found))

    async def suspend(self, user_id: str, now: datetime, reason: str) -> User | None:
        user = self.users.get(user_id)
        if user is None:
            return None
        if not user.suspended:
            user = user.model_copy(update={"suspended": True, "token_version": user.token_version + 1})
            self.users[user_id] = user
        if self._sessions is not None:
            await self._sessions.revoke_all_for_user(user_id, now, reason)
        self.revoked.append((user_id, reason))
        return user

    async def reactivate(self, user_id: str) -> User | None:
        user = self.users.get(user_id)
        if user is not None:
            user = self.users[user_id] = user.model_copy(update={"suspended": False})
        return user


class RecordingAnalyticsStore:
    """Keeps what it is given and answers the funnel with canned counts: a fake, so the
    in-store aggregations are tested against the real adapters, not here."""

    def __init__(self, stage_counts: list[int] | None = None) -> None:
        self.audit: list[AuditRecord] = []
        self.facts: list[Fact] = []
        self.stage_counts = stage_counts or []
        self.windows: list[TimeWindow] = []

    async def record_audit(self, record: AuditRecord) -> None:
        self.audit.append(record)

    async def record_fact(self, fact: Fact) -> None:
        self.facts.append(fact)

    async def recorded_operations(self) -> frozenset[str]:
        return frozenset(record.operation for record in self.audit)

    async def record_facts(self, facts: Sequence[Fact]) -> None:
        self.facts.extend(facts)

    async def stage_reach(self, window: TimeWindow, stages: Sequence[str]) -> list[int]:
        self.windows.append(window)
        return self.stage_counts
