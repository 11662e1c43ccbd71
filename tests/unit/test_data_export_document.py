"""Assembling a person's data export from the ports (fakes): everything of theirs, nothing of
anyone else's, every list read in bounded pages with one batched read per page."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from domain.analytics import AuditFilter, AuditPage, AuditPosition, AuditRecord
from domain.applications import Application, ApplicationEvent, ApplicationStatus
from domain.channels import Device, DevicePlatform
from domain.data_export import LEFT_OUT, READ_PAGE, SECTIONS, DataExportDocument
from domain.demographics import SelfIdentification, Sex
from domain.inbox import Notification
from domain.jobs import Job
from domain.matches import Match, ScoreBreakdown
from domain.pagination import Page, PageRequest, cut_page
from domain.resumes import ParsedResume, Resume, ResumeStatus, SkillEntry
from domain.services.data_export import DataExportService, read_bounded
from domain.sessions import Session
from domain.users import Organization, Role, User
from tests.fakes.account_lifecycle import FakeDevices
from tests.fakes.accounts import FakeSessions, FakeUsers, FixedClock
from tests.fakes.bias_audit import InMemoryDemographicsStore
from tests.fakes.blobs import InMemoryBlobStore
from tests.fakes.inbox import FakeInbox
from tests.fakes.jobs import FakeJobs
from tests.fakes.resumes import FakeResumes

T0 = datetime(2026, 3, 1, tzinfo=UTC)


class Calls(Counter[str]):
    pass


@dataclass
class ListedByCandidate:
    """Applications and matches by candidate, paged by id as the adapters page by a sort key."""
    calls: Calls
    applications: list[Application] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    events: dict[str, list[ApplicationEvent]] = field(default_factory=dict)

    def _page(self, rows, candidate_id: str, page: PageRequest, kind: str) -> Page:
        self.calls[kind] += 1
        assert page.first <= READ_PAGE
        mine = sorted((r for r in rows if r.candidate_id == candidate_id), key=lambda r: r.id)
        after = [r for r in mine if page.after is None or r.id > page.after[0]]
        return cut_page(after[:page.first + 1], page.first, lambda r: r, lambda r: (r.id,))

    async def applications_by_candidates(self, ids: Sequence[str], status, page: PageRequest) -> list[Page]:
        return [self._page(self.applications, i, page, "applications") for i in ids]

    async def matches_by_candidates(self, ids: Sequence[str], min_score, page: PageRequest) -> list[Page]:
        return [self._page(self.matches, i, page, "matches") for i in ids]

    async def histories(self, ids: Sequence[str]) -> list[list[ApplicationEvent]]:
        self.calls["histories"] += 1
        assert len(ids) <= READ_PAGE
        return [self.events.get(i, []) for i in ids]


class AuditTrail:
    """The audit_log read of the analytics store: newest first, filtered by actor, paged."""

    def __init__(self, records: list[AuditRecord], calls: Calls) -> None:
        self.records, self.calls = records, calls

    async def audit_log(self, audit_filter: AuditFilter, first: int, after: AuditPosition | None,
                        want_total: bool = True) -> AuditPage:
        self.calls["audit_log"] += 1
        mine = sorted((r for r in self.records if r.actor_id == audit_filter.actor_id),
                      key=lambda r: (r.at, r.id), reverse=True)
        rest = [r for r in mine if after is None or (r.at, r.id) < (after.at, after.id)]
        return AuditPage(items=rest[:first], total=0, has_next=len(rest) > first)


class Ports:
    def __init__(self, listed: ListedByCandidate, jobs: FakeJobs, organizations: list[Organization]) -> None:
        calls = listed.calls

        class Applications:
            by_candidates = listed.applications_by_candidates
            histories = listed.histories

        class Matches:
            by_candidates = listed.matches_by_candidates

        class CountedJobs:
            async def get_many(self, ids):
                calls["jobs"] += 1
                return await jobs.get_many(ids)

        class Organizations:
            async def get_many(self, ids):
                calls["organizations"] += 1
                return [next((o for o in organizations if o.id == i), None) for i in ids]

        self.applications, self.matches, self.jobs = Applications(), Matches(), CountedJobs()
        self.organizations = Organizations()
        self.resumes = FakeResumes()
        self.sessions = FakeSessions()
        self.users = FakeUsers()
        # Addresses given up by a change: Ada's one still held, one whose hold ended, Bob's.
        self.users.holds = {"ada.before@example.com": ("ada", T0 + timedelta(days=7)),
                            "ada.long.ago@example.com": ("ada", T0 - timedelta(days=1)),
                            "bob.before@example.com": ("bob", T0 + timedelta(days=7))}
        self.users.identities = {"ada": "https://cognito-idp.example/pool#ada-sub", "bob": "pool#bob-sub"}


def _user(user_id: str, **extra) -> User:
    return User(id=user_id, email=f"{user_id}@example.com", name=user_id.title(), role=Role.CANDIDATE,
                password_hash="argon2-secret", created_at=T0, **extra)


def _match(n: int, candidate_id: str, job_id: str) -> Match:
    return Match(id=f"m{n:05}-{candidate_id}", candidate_id=candidate_id, job_id=job_id, resume_id=f"r-{candidate_id}",
                 score=0.5, breakdown=ScoreBreakdown(), created_at=T0, updated_at=T0)


def _world(matches: int = 3):
    calls = Calls()
    org = Organization(id="org", name="Acme Bakery", created_at=T0)
    jobs = FakeJobs([Job(id=f"j{n}", organization_id="org", title=f"Baker {n}", description="Bread.", posted_at=T0,
                         updated_at=T0) for n in range(max(matches, 1))])
    listed = ListedByCandidate(calls)
    listed.applications = [Application(id="a1", job_id="j0", candidate_id="ada", resume_id="r-ada",
                                       cover_letter="Hello", status=ApplicationStatus.SCREENING,
                                       created_at=T0, updated_at=T0),
                           Application(id="b1", job_id="j0", candidate_id="bob", resume_id=None,
                                       cover_letter="Bob's letter", created_at=T0, updated_at=T0)]
    listed.events = {"a1": [ApplicationEvent(status=ApplicationStatus.SUBMITTED, at=T0, by_user_id="ada",
                                             resume_id="r-ada-2025", cover_letter="First letter"),
                            ApplicationEvent(status=ApplicationStatus.WITHDRAWN, at=T0, by_user_id="ada"),
                            ApplicationEvent(status=ApplicationStatus.SUBMITTED, at=T0, by_user_id="ada",
                                             resume_id="r-ada", cover_letter="Hello"),
                            ApplicationEvent(status=ApplicationStatus.SCREENING, at=T0 + timedelta(days=1),
                                             by_user_id="recruiter", note="See you Monday")]}
    listed.matches = [_match(n, "ada", f"j{n}") for n in range(matches)] + [_match(0, "bob", "j0")]
    ports = Ports(listed, jobs, [org])
    for owner in ("ada", "bob"):
        ports.resumes.rows[f"r-{owner}"] = Resume(
            id=f"r-{owner}", owner_id=owner, filename=f"{owner}.pdf", content_type="application/pdf", size_bytes=10,
            sha256=f"sha-{owner}", status=ResumeStatus.PARSED, uploaded_at=T0,
            parsed=ParsedResume(skills=[SkillEntry(name="Sourdough")]))
    ports.sessions.sessions["s1"] = Session(id="s1", user_id="ada", device="Firefox", ip="203.0.113.9", created_at=T0,
                                            last_used_at=T0, expires_at=T0 + timedelta(days=30))
    ports.sessions.sessions["s2"] = Session(id="s2", user_id="bob", created_at=T0, last_used_at=T0,
                                            expires_at=T0 + timedelta(days=30))
    devices = FakeDevices()
    devices.devices["d1"] = Device(id="d1", user_id="ada", platform=DevicePlatform.IOS, token="push-secret",
                                   session_id="s1", created_at=T0)
    inbox = FakeInbox()
    for who in ("ada", "bob"):
        inbox.notes[who] = {f"n-{who}": Notification(id=f"n-{who}", user_id=who, kind="application",
                                                     subject=f"For {who}", text="Moved", created_at=T0)}
    demographics = InMemoryDemographicsStore()
    demographics.answers["ada"] = SelfIdentification(user_id="ada", sex=Sex.FEMALE, updated_at=T0)
    audit = AuditTrail([AuditRecord(id=f"op{n:03}-{who}", at=T0 + timedelta(minutes=n), operation="applyToJob",
                                    outcome="OK", actor_id=who, client_ip="203.0.113.9")
                        for n in range(150) for who in ("ada", "bob")], calls)
    service = DataExportService(ports, devices, inbox, InMemoryBlobStore(), FixedClock(T0), demographics, audit)
    return service, calls


async def test_the_document_holds_everything_of_the_person_and_nothing_of_anyone_else():
    service, _ = _world()
    document = await service.export(_user("ada", phone="+15550100", phone_verified=True))
    assert document.account.email == "ada@example.com" and document.account.phone == "+15550100"
    assert [(h.email, h.held_until) for h in document.account.held_addresses] == [
        ("ada.before@example.com", T0 + timedelta(days=7))]
    assert document.account.linked_identity == "https://cognito-idp.example/pool#ada-sub"
    assert [r.id for r in document.resumes] == ["r-ada"] and document.resumes[0].parsed is not None
    assert document.resumes[0].download_url
    (application,) = document.applications
    assert application.cover_letter == "Hello" and application.job.organization_name == "Acme Bakery"
    assert [(m.status, m.by_you, m.note) for m in application.history] == [
        (ApplicationStatus.SUBMITTED, True, None), (ApplicationStatus.WITHDRAWN, True, None),
        (ApplicationStatus.SUBMITTED, True, None), (ApplicationStatus.SCREENING, False, "See you Monday")]
    # What each submission was sent with, the earlier one's too (a re-apply may change both).
    assert [(m.resume_id, m.cover_letter) for m in application.history] == [
        ("r-ada-2025", "First letter"), (None, None), ("r-ada", "Hello"), (None, None)]
    assert len(document.matches) == 3 and {m.job.title for m in document.matches} == {"Baker 0", "Baker 1", "Baker 2"}
    assert [n.subject for n in document.notifications] == ["For ada"]
    assert [s.id for s in document.sessions] == ["s1"] and [d.id for d in document.devices] == ["d1"]
    assert document.self_identification is not None and document.self_identification.sex is Sex.FEMALE
    # Every one of their own operations, across pages, newest first.
    assert len(document.activity) == 150 and document.activity[0].at > document.activity[-1].at
    text = document.model_dump_json(by_alias=True)
    for foreign in ("bob", "Bob's letter", "argon2-secret", "push-secret"):
        assert foreign not in text
    assert {k.kind for k in document.left_out} == set(LEFT_OUT)


async def test_500_matches_are_read_in_pages_with_one_batch_of_jobs_per_hundred():
    service, calls = _world(matches=500)
    document = await service.export(_user("ada"))
    assert len(document.matches) == 500 and document.truncated == []
    assert calls["matches"] == 5  # 100 a page, the last page says there is no more
    assert calls["jobs"] == 5 and calls["histories"] == 1 and calls["organizations"] == 1
    assert calls["audit_log"] == 2


async def test_a_list_past_the_bound_is_cut_and_named():
    async def endless(page: PageRequest) -> Page[int]:
        start = page.after[0] if page.after else 0
        items = list(range(int(start or 0) + 1, int(start or 0) + 1 + page.first))
        return Page(items, [(i,) for i in items], has_next=True)

    items, cut = await read_bounded(endless, limit=250)
    assert len(items) == 250 and cut and items[-1] == 250


def test_every_section_is_named_for_the_coverage_checks():
    assert SECTIONS == {"account", "preferences", "self_identification", "resumes", "applications", "matches",
                        "notifications", "sessions", "devices", "activity"}
    assert set(DataExportDocument.model_fields) - SECTIONS == {"format_version", "generated_at", "truncated",
                                                               "left_out"}
