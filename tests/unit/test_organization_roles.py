"""Owners and recruiters, in OrganizationMemberService over the in-memory fakes: the account
that registers an organization owns it, who joins by invitation recruits; only owners (and
administrators) remove members and change roles, and whoever may not is told who to ask; the
last owner stays one. The takeover QA found (a recruiter who joined by invitation removing the
founder) is refused."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.errors import BadUserInput, Conflict, Forbidden, NotFound
from domain.services.organization_inbox import OrganizationInbox
from domain.services.organization_members import OrganizationMemberService
from domain.users import Organization, OrganizationRole, Role, User
from tests.fakes.account_lifecycle import FakeDevices, RecordingOutbox
from tests.fakes.accounts import FakeOrganizations, FakeUsers, FixedClock, RecordingEventBus
from tests.fakes.inbox import FakeInbox
from tests.fakes.jobs import FakeJobs
from tests.fakes.organization_members import FakeOrganizationMembers

START = datetime(2026, 1, 1, tzinfo=UTC)
OWNER, RECRUITER = OrganizationRole.OWNER, OrganizationRole.RECRUITER


class _NoApplications:
    async def get_many(self, ids):
        return [None for _ in ids]


def _person(user_id: str, organization_id: str | None, role: OrganizationRole | None = None,
            kind: Role = Role.EMPLOYER) -> User:
    return User(id=user_id, email=f"{user_id}@example.com", name=user_id.title(), role=kind, password_hash="x",
                organization_id=organization_id, organization_role=role, created_at=START)


async def _world():
    """Acme: Helen founded it, James joined by invitation; Globex: Gus."""
    users = FakeUsers()
    await users.add(_person("helen", "acme", OWNER), Organization(id="acme", name="Acme", created_at=START))
    await users.add(_person("james", "acme", RECRUITER))
    await users.add(_person("gus", "globex", OWNER), Organization(id="globex", name="Globex", created_at=START))
    await users.add(_person("ada", None, kind=Role.ADMIN))
    from domain.services.notifications import ChannelNotifier

    inbox, events = FakeInbox(), RecordingEventBus()
    notifier = ChannelNotifier(users, FakeDevices(), RecordingOutbox(), inbox=inbox, events=events, clock=FixedClock())
    service = OrganizationMemberService(
        users, FakeOrganizations(users), FakeOrganizationMembers(users), notifier, events, FixedClock(),
        OrganizationInbox(inbox, _NoApplications(), FakeJobs([])),
    )
    return service, users


async def test_a_recruiter_cannot_remove_the_founder_and_is_told_whom_to_ask():
    service, users = await _world()

    with pytest.raises(Forbidden) as refused:
        await service.remove(users.users["james"], "helen")

    assert refused.value.message.startswith("Only an owner of Acme can remove members; ask its owner: Helen")
    assert refused.value.extensions["reason"] == "NOT_AN_OWNER"
    assert users.users["helen"].organization_id == "acme"


async def test_a_recruiter_cannot_make_themselves_an_owner_nor_demote_one():
    service, users = await _world()
    for target, role in (("james", OWNER), ("helen", RECRUITER)):
        with pytest.raises(Forbidden):
            await service.set_role(users.users["james"], target, role)
    assert (users.users["helen"].role_in_organization, users.users["james"].role_in_organization) == (OWNER, RECRUITER)


async def test_an_owner_removes_a_recruiter_and_promotes_one():
    service, users = await _world()
    await users.add(_person("cal", "acme", RECRUITER))

    assert await service.set_role(users.users["helen"], "cal", OWNER) == "acme"
    assert await service.remove(users.users["helen"], "james") == "acme"

    assert users.users["james"].organization_id is None
    assert [m.id for m in await service.owners("acme")] == ["helen", "cal"]


async def test_the_last_owner_neither_leaves_nor_is_demoted_nor_removed_by_an_admin():
    service, users = await _world()
    helen, ada = users.users["helen"], users.users["ada"]
    for attempt in (service.leave(helen), service.set_role(helen, "helen", RECRUITER),
                    service.set_role(ada, "helen", RECRUITER), service.remove(ada, "helen")):
        with pytest.raises(Conflict) as refused:
            await attempt
        assert "make another member an owner first" in refused.value.message.lower()
        assert refused.value.extensions["reason"] == "LAST_OWNER"
    assert users.users["helen"].role_in_organization is OWNER


async def test_an_administrator_manages_any_organization():
    service, users = await _world()
    ada = users.users["ada"]
    await service.set_role(ada, "james", OWNER)
    await service.set_role(ada, "helen", RECRUITER)
    await service.remove(ada, "helen")
    assert users.users["helen"].organization_id is None
    assert [m.id for m in await service.owners("acme")] == ["james"]


async def test_an_owner_of_another_organization_learns_nothing():
    service, users = await _world()
    for attempt in (service.remove(users.users["gus"], "james"), service.set_role(users.users["gus"], "james", OWNER)):
        with pytest.raises(NotFound):
            await attempt


async def test_an_owner_demoted_meanwhile_is_refused_by_the_write():
    """Read as an owner, no longer one when the write checks: the storage refuses it."""
    service, users = await _world()
    await users.add(_person("cal", "acme", OWNER))
    stale_helen = users.users["helen"]
    await service.set_role(users.users["cal"], "helen", RECRUITER)

    with pytest.raises(Forbidden):
        await service.remove(stale_helen, "cal")
    assert users.users["cal"].organization_id == "acme"


def test_a_member_stored_before_roles_recruits():
    assert _person("old", "acme").role_in_organization is RECRUITER
    assert not _person("old", "acme").owns("acme")
    assert _person("nobody", None, OWNER).role_in_organization is None


class _AnyPassword:
    def verify(self, password_hash: str, password: str) -> bool:
        return True


def _erasure(users: FakeUsers):
    from domain.services.erasure import AccountErasure
    from tests.fakes.account_lifecycle import FakeAccountStore, FakeResumeShas
    from tests.fakes.blobs import InMemoryBlobStore

    store = FakeAccountStore()
    return store, AccountErasure(store, FakeResumeShas(), InMemoryBlobStore(), _AnyPassword(), RecordingEventBus(),
                                 members=FakeOrganizationMembers(users), clock=FixedClock(START))


async def test_the_last_owner_hands_the_organization_over_before_deleting_their_account():
    service, users = await _world()
    store, erasure = _erasure(users)

    with pytest.raises(Conflict) as refused:
        await erasure.delete_account(users.users["helen"], "pw")
    assert "Make another member an owner first" in refused.value.message
    assert store.erased == [] and users.users["helen"].organization_id == "acme"

    await service.set_role(users.users["helen"], "james", OWNER)
    await erasure.delete_account(users.users["helen"], "pw")
    assert store.erased == ["helen"]
    assert "helen" not in [m.id for m in await service.members("acme")]


async def test_without_a_closing_the_only_member_cannot_delete_their_account_and_is_told_what_to_do():
    """An erasure built without the organization's closing (tests/unit/test_organization_closing.py
    has it) must not leave an organization with no member: refused as leaving is (LAST_MEMBER)."""
    _service, users = await _world()
    store, erasure = _erasure(users)

    with pytest.raises(BadUserInput) as refused:
        await erasure.delete_account(users.users["gus"], "pw")  # Globex's only member
    assert refused.value.extensions["reason"] == "LAST_MEMBER"
    assert "only member" in refused.value.message and "inviteRecruiter" in refused.value.message
    assert "setOrganizationMemberRole" in refused.value.message
    assert store.erased == [] and users.users["gus"].organization_id == "globex"
