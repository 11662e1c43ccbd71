"""A recruiter who leaves their organization, or is removed from it, keeps nothing of it in their
inbox: what they were sent as its recruiter goes (also what was kept before notifications named
their organization, found by the application it names), their own entries stay, and the unread
count follows. A message about the organization is neither delivered nor kept once they left."""
from __future__ import annotations

from datetime import UTC, datetime

from domain.applications import Application
from domain.inbox import Notification, notification_id
from domain.jobs import Job, JobStatus
from domain.pagination import PageRequest
from domain.ports.notifications import Message
from domain.services.notifications import ChannelNotifier
from domain.services.organization_inbox import OrganizationInbox
from domain.services.organization_members import OrganizationMemberService
from domain.users import Organization, OrganizationRole, Role, User
from tests.fakes.account_lifecycle import FakeDevices, RecordingOutbox
from tests.fakes.accounts import FakeOrganizations, FakeUsers, FixedClock, RecordingEventBus
from tests.fakes.inbox import FakeInbox
from tests.fakes.jobs import FakeJobs
from tests.fakes.organization_members import FakeOrganizationMembers

START = datetime(2026, 1, 1, tzinfo=UTC)
ACME, GLOBEX = "org-acme", "org-globex"


class Applications:
    def __init__(self, *applications: Application) -> None:
        self.applications = {a.id: a for a in applications}

    async def get_many(self, ids):
        return [self.applications.get(i) for i in ids]


def _person(user_id: str, organization_id: str | None, founder: bool = False) -> User:
    role = Role.EMPLOYER if organization_id else Role.CANDIDATE
    return User(id=user_id, email=f"{user_id}@example.com", name=user_id, role=role, password_hash="x",
                organization_id=organization_id, created_at=START, email_verified=True,
                organization_role=OrganizationRole.OWNER if founder else None)


def _job(job_id: str, organization_id: str) -> Job:
    return Job(id=job_id, organization_id=organization_id, title="Cook", description="Cooks.", required_skills=[],
               status=JobStatus.OPEN, posted_at=START, updated_at=START)


def _application(application_id: str, job_id: str, candidate_id: str) -> Application:
    return Application(id=application_id, job_id=job_id, candidate_id=candidate_id, resume_id=None,
                       created_at=START, updated_at=START)


def _kept(user_id: str, n: int, application_id: str, organization_id: str | None) -> Notification:
    return Notification(id=notification_id(START.replace(minute=n)), user_id=user_id, kind="application",
                        subject=f"note {n}", text="An application moved", created_at=START,
                        data={"applicationId": application_id}, organization_id=organization_id)


async def _world():
    users = FakeUsers()
    await users.add(_person("rita", ACME, founder=True), Organization(id=ACME, name="Acme", created_at=START))
    await users.add(_person("cal", ACME))
    await users.add(_person("gus", GLOBEX, founder=True), Organization(id=GLOBEX, name="Globex", created_at=START))
    acme_job, globex_job = _job("acme-cook", ACME), _job("globex-cook", GLOBEX)
    applications = Applications(_application("to-acme", acme_job.id, "someone"),
                                _application("to-globex", globex_job.id, "someone"),
                                _application("cals-own", acme_job.id, "cal"))
    inbox, outbox, events = FakeInbox(), RecordingOutbox(), RecordingEventBus()
    notifier = ChannelNotifier(users, FakeDevices(), outbox, inbox=inbox, events=events, clock=FixedClock())
    service = OrganizationMemberService(
        users, FakeOrganizations(users), FakeOrganizationMembers(users), notifier, events, FixedClock(),
        OrganizationInbox(inbox, applications, FakeJobs([acme_job, globex_job])),
    )
    await inbox.keep([
        _kept("cal", 1, "to-acme", ACME),  # kept since entries name their organization
        _kept("cal", 2, "to-acme", None),  # kept before: found by its application
        _kept("cal", 3, "to-globex", None),  # another organization's (from before, if ever)
        _kept("cal", 4, "cals-own", None),  # about an application of their own
        _kept("rita", 5, "to-acme", ACME),
    ], limit=500)
    return service, users, inbox, notifier, outbox


async def _subjects(inbox: FakeInbox, user_id: str) -> list[str]:
    (page,) = await inbox.pages([user_id], False, PageRequest(first=100))
    return [n.subject for n in page.items]


async def test_a_recruiter_who_leaves_keeps_only_what_is_not_the_organizations():
    service, users, inbox, _, _ = await _world()
    assert await inbox.unread_counts(["cal"]) == [4]

    await service.leave(users.users["cal"])

    assert await _subjects(inbox, "cal") == ["note 4", "note 3"]
    assert await inbox.unread_counts(["cal", "rita"]) == [2, 1]


async def test_a_removed_recruiter_loses_the_organizations_entries_too():
    service, users, inbox, _, _ = await _world()

    assert await service.remove(users.users["rita"], "cal") == ACME

    assert await _subjects(inbox, "cal") == ["note 4", "note 3"]
    assert await _subjects(inbox, "rita") == ["note 5"]


async def test_a_message_about_the_organization_goes_nowhere_once_its_person_left():
    service, users, inbox, notifier, outbox = await _world()
    await service.leave(users.users["cal"])
    outbox.deliveries.clear()

    await notifier.send([Message(user_id=person, kind="application", subject=f"moved, to {person}", text="Moved",
                                 data={"applicationId": "to-acme"}, organization_id=ACME) for person in ("cal", "rita")])

    assert [d.user_id for d in outbox.deliveries] == ["rita"]
    assert "moved, to cal" not in await _subjects(inbox, "cal")
    assert "moved, to rita" in await _subjects(inbox, "rita")


async def test_the_queued_removal_passes_over_someone_who_recruits_for_the_organization_again():
    service, users, inbox, _, _ = await _world()

    await service.finish_leaving("cal", ACME)  # back in Acme before the worker ran it
    assert await _subjects(inbox, "cal") == ["note 4", "note 3", "note 2", "note 1"]

    users.users["cal"] = users.users["cal"].model_copy(update={"organization_id": GLOBEX})
    await service.finish_leaving("cal", ACME)
    assert await _subjects(inbox, "cal") == ["note 4", "note 3"]
    await service.finish_leaving("erased-since", ACME)
