"""OrganizationMembers in memory over FakeUsers and FakeSessions; runs the same contract as
SQLite and DynamoDB (tests/integration/contract/test_organization_members_contract.py). Each
change is checked and made without yielding to the event loop in between, so concurrent
calls in one loop are ordered as a real store's transactions are."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from domain.ports.organization_members import MemberRemoval, RoleChange
from domain.ports.queue import PendingWork
from domain.users import OrganizationRole, User
from tests.fakes.accounts import FakeSessions, FakeUsers


class FakeOrganizationMembers:
    def __init__(self, users: FakeUsers, sessions: FakeSessions | None = None) -> None:
        self._users = users
        self._sessions = sessions
        self.queued: list[PendingWork] = []

    async def remove(self, organization_id: str, user_id: str, now: datetime, reason: str,
                     work: Sequence[PendingWork] = (), *, by_owner: str | None = None,
                     close_if_last: bool = False, work_if_closed: Sequence[PendingWork] = ()) -> MemberRemoval:
        person = self._member(organization_id, user_id)
        if person is None:
            return MemberRemoval.NOT_A_MEMBER
        if by_owner is not None and not self._owner(organization_id, by_owner):
            return MemberRemoval.NOT_AN_OWNER
        others = [u for u in self._members(organization_id) if u.id != user_id]
        outcome = MemberRemoval.REMOVED
        if not others:
            if not close_if_last or by_owner is not None:
                return MemberRemoval.LAST_MEMBER
            self._close(organization_id, now)
            self.queued.extend(work_if_closed)
            outcome = MemberRemoval.CLOSED
        elif person.owns(organization_id) and not any(u.owns(organization_id) for u in others):
            return MemberRemoval.LAST_OWNER
        self._users.users[user_id] = person.model_copy(update={
            "organization_id": None, "organization_role": None, "token_version": person.token_version + 1})
        self.queued.extend(work)
        if self._sessions is not None:
            for session in list(self._sessions.sessions.values()):
                if session.user_id == user_id and session.revoked_at is None:
                    self._sessions.sessions[session.id] = session.model_copy(update={"revoked_at": now})
        return outcome

    async def set_role(self, organization_id: str, user_id: str, role: OrganizationRole, *,
                       by_owner: str | None = None) -> RoleChange:
        person = self._member(organization_id, user_id)
        if person is None:
            return RoleChange.NOT_A_MEMBER
        if by_owner is not None and not self._owner(organization_id, by_owner):
            return RoleChange.NOT_AN_OWNER
        if person.role_in_organization is role:
            return RoleChange.UNCHANGED
        if person.owns(organization_id) and not any(
            u.owns(organization_id) for u in self._members(organization_id) if u.id != user_id
        ):
            return RoleChange.LAST_OWNER
        self._users.users[user_id] = person.model_copy(update={"organization_role": role})
        return RoleChange.CHANGED

    def _close(self, organization_id: str, now: datetime) -> None:
        organization = self._users.organizations.get(organization_id)
        if organization is not None and organization.closed_at is None:
            self._users.organizations[organization_id] = organization.model_copy(update={"closed_at": now})

    def _members(self, organization_id: str) -> list[User]:
        return [u for u in self._users.users.values() if u.organization_id == organization_id]

    def _member(self, organization_id: str, user_id: str) -> User | None:
        user = self._users.users.get(user_id)
        return user if user is not None and user.organization_id == organization_id else None

    def _owner(self, organization_id: str, user_id: str) -> bool:
        user = self._member(organization_id, user_id)
        return user is not None and user.owns(organization_id)
