"""An organization closing with its last member's account, in AccountErasure and
OrganizationClosing over the in-memory fakes: the only member's account goes, the organization
is closed in the removal's write, its open jobs are closed through the jobs' close (the notices
to their applicants queued as any close queues them), its pending invitations revoked, its
name free; an owner with recruiters is still refused; an open organization's follow-up does
nothing; and an invitation to a closed organization says so, whatever the invitation's state."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest

from domain.account_tokens import hash_secret
from domain.errors import BadUserInput, Conflict
from domain.invitations import Invitation, InvitationStatus
from domain.jobs import Job, JobStatus
from domain.messages import Links
from domain.services.erasure import AccountErasure
from domain.services.invitations import InvitationService
from domain.services.job_closure_notices import NOTIFY_JOB_CLOSED
from domain.services.jobs import JobService
from domain.services.organization_closing import FINISH_CLOSING, OrganizationClosing
from domain.users import Organization, OrganizationRole, Role, User
from tests.fakes.account_lifecycle import FakeAccountStore, FakeResumeShas
from tests.fakes.accounts import FakeOrganizations, FakeUsers, FixedClock, RecordingEventBus
from tests.fakes.blobs import InMemoryBlobStore
from tests.fakes.jobs import FakeJobs
from tests.fakes.organization_members import FakeOrganizationMembers

START = datetime(2026, 1, 1, tzinfo=UTC)
LATER = START + timedelta(days=3)


class _AnyPassword:
    def verify(self, password_hash: str, password: str) -> bool:
        return True


class _Invitations:
    def __init__(self, invitations: Sequence[Invitation]) -> None:
        self.stored = {i.id: i for i in invitations}

    async def find(self, token_hash: str) -> Invitation | None:
        return next((i for i in self.stored.values() if i.token_hash == token_hash), None)

    async def get_many(self, ids: Sequence[str]) -> list[Invitation | None]:
        return [self.stored.get(i) for i in ids]

    async def open_for(self, organization_id: str) -> list[Invitation]:
        return [i for i in self.stored.values() if i.organization_id == organization_id
                and i.accepted_at is None and i.revoked_at is None]

    async def revoke(self, invitation_id: str, now: datetime) -> bool:
        self.stored[invitation_id] = self.stored[invitation_id].model_copy(update={"revoked_at": now})
        return True

    async def accept(self, invitation_id: str, user_id: str, now: datetime) -> bool:
        return False  # as the store answers once the organization is closed


def _person(user_id: str, organization_id: str | None, role: OrganizationRole | None = None) -> User:
    return User(id=user_id, email=f"{user_id}@example.com", name=user_id.title(), role=Role.EMPLOYER,
                password_hash="x", organization_id=organization_id, organization_role=role, created_at=START)


def _job(job_id: str, organization_id: str, status: JobStatus = JobStatus.OPEN) -> Job:
    return Job(id=job_id, organization_id=organization_id, title="Sous chef", description="Kitchen work.",
               status=status, posted_at=START, updated_at=START)


def _invitation(invitation_id: str, organization_id: str, email: str) -> Invitation:
    return Invitation(id=invitation_id, organization_id=organization_id, email=email, invited_by="gus",
                      token_hash=hash_secret(f"secret-{invitation_id}"), created_at=START,
                      expires_at=START + timedelta(days=30))


async def _world():
    """Globex: Gus alone, two open jobs and a closed one, a pending invitation. Acme: Helen
    (owner) and James (recruiter), an open job."""
    users = FakeUsers()
    await users.add(_person("gus", "globex", OrganizationRole.OWNER),
                    Organization(id="globex", name="Globex", created_at=START))
    await users.add(_person("helen", "acme", OrganizationRole.OWNER),
                    Organization(id="acme", name="Acme", created_at=START))
    await users.add(_person("james", "acme", OrganizationRole.RECRUITER))
    await users.add(_person("pat", None))
    jobs = FakeJobs([_job("g1", "globex"), _job("g2", "globex"), _job("g3", "globex", JobStatus.CLOSED),
                     _job("a1", "acme")])
    invitations = _Invitations([_invitation("inv-g", "globex", "pat@example.com"),
                                _invitation("inv-a", "acme", "pat@example.com")])
    clock = FixedClock(LATER)
    members = FakeOrganizationMembers(users)
    closer = JobService(jobs, None, RecordingEventBus(), clock)  # type: ignore[arg-type]  # it only closes
    closing = OrganizationClosing(FakeOrganizations(users), jobs, closer, invitations, clock)
    store = FakeAccountStore()
    erasure = AccountErasure(store, FakeResumeShas(), InMemoryBlobStore(), _AnyPassword(), RecordingEventBus(),
                             members=members, clock=clock, closing=closing)
    return users, jobs, invitations, members, closing, store, erasure


async def test_the_only_members_account_goes_and_the_organization_closes_with_its_jobs():
    users, jobs, invitations, members, _closing, store, erasure = await _world()

    await erasure.delete_account(users.users["gus"], "pw")

    assert store.erased == ["gus"]
    assert users.organizations["globex"].closed_at == LATER
    assert [jobs.jobs[j].status for j in ("g1", "g2", "g3")] == [JobStatus.CLOSED] * 3
    assert jobs.jobs["g3"].updated_at == START  # closed before: left as it was
    assert sorted(w.payload["job_id"] for w in jobs.work if w.kind == NOTIFY_JOB_CLOSED) == ["g1", "g2"]
    assert invitations.stored["inv-g"].status(LATER) is InvitationStatus.REVOKED
    # Acme is untouched; the closing's follow-up was queued with the removal.
    assert jobs.jobs["a1"].status is JobStatus.OPEN and invitations.stored["inv-a"].revoked_at is None
    assert [w.payload for w in members.queued if w.kind == FINISH_CLOSING] == [{"organization_id": "globex"}]
    await users.add(_person("new-founder", "globex-2", OrganizationRole.OWNER),
                    Organization(id="globex-2", name="GLOBEX", created_at=LATER))


async def test_an_owner_with_recruiters_only_is_still_refused_and_nothing_closes():
    users, jobs, _invitations, members, _closing, store, erasure = await _world()

    with pytest.raises(Conflict) as refused:
        await erasure.delete_account(users.users["helen"], "pw")

    assert refused.value.extensions["reason"] == "LAST_OWNER"
    assert store.erased == [] and users.organizations["acme"].closed_at is None
    assert jobs.jobs["a1"].status is JobStatus.OPEN and members.queued == []


async def test_a_colleagues_erasure_queues_no_closing():
    users, _jobs, _invitations, members, _closing, store, erasure = await _world()
    await users.add(_person("hana", "acme", OrganizationRole.OWNER))

    await erasure.delete_account(users.users["helen"], "pw")

    assert store.erased == ["helen"] and users.organizations["acme"].closed_at is None
    assert [w.kind for w in members.queued if w.kind == FINISH_CLOSING] == []


async def test_the_follow_up_of_an_open_organization_does_nothing():
    users, jobs, invitations, _members, closing, _store, _erasure = await _world()

    await closing.finish("globex")

    assert users.organizations["globex"].closed_at is None
    assert jobs.jobs["g1"].status is JobStatus.OPEN and invitations.stored["inv-g"].revoked_at is None


async def test_an_invitation_to_a_closed_organization_says_it_closed_and_what_to_do():
    users, _jobs, invitations, _members, _closing, _store, erasure = await _world()
    await erasure.delete_account(users.users["gus"], "pw")
    service = InvitationService(
        invitations, users, notifier=None, links=Links("https://app.example"),  # type: ignore[arg-type]
        clock=FixedClock(LATER), ttl=timedelta(days=30), mailbox_key=b"k" * 32,
        organizations=FakeOrganizations(users),
    )

    for attempt in (service.accept(users.users["pat"], "secret-inv-g"),
                    service.sign_up(_person("newcomer", None).model_copy(update={"email": "pat@example.com"}),
                                    "secret-inv-g")):
        with pytest.raises(BadUserInput) as refused:
            await attempt
        assert refused.value.extensions["reason"] == "ORGANIZATION_CLOSED"
        assert "Globex has closed" in refused.value.message and "register" in refused.value.message
    assert users.users["pat"].organization_id is None
