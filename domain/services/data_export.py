"""Assembling a person's data export from the ports, in bounded pages, with one batched read
per page for what the items refer to (jobs, organizations, histories): no read per item."""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Protocol, TypeVar

from domain.analytics import AuditFilter, AuditPosition
from domain.applications import Application, ApplicationEvent
from domain.clock import Clock
from domain.data_export import (
    READ_LIMIT,
    READ_PAGE,
    DataExportDocument,
    ExportedAccount,
    ExportedActivity,
    ExportedApplication,
    ExportedDevice,
    ExportedHeldAddress,
    ExportedJob,
    ExportedMatch,
    ExportedMove,
    ExportedNotification,
    ExportedOrganization,
    ExportedResume,
    ExportedSelfIdentification,
    ExportedSession,
)
from domain.inbox import Notification
from domain.jobs import Job
from domain.matches import Match
from domain.pagination import Page, PageRequest, Position
from domain.ports.accounts import DeviceRepository, OrganizationRepository, SessionRepository, UserRepository
from domain.ports.analytics import AnalyticsStore
from domain.ports.blobs import BlobStore
from domain.ports.demographics import DemographicsStore
from domain.ports.inbox import Inbox
from domain.ports.jobs import JobRepository
from domain.ports.resumes import ApplicationRepository, MatchRepository, ResumeRepository
from domain.resumes import Resume
from domain.users import User

T = TypeVar("T")
# One page of a person's list from `after` on (None: from the start).
PageOf = Callable[[PageRequest], Awaitable[Page[T]]]


class ExportPorts(Protocol):
    """The stores a person's data is read from (gateway.adapter_sets.Repositories has them)."""

    @property
    def users(self) -> UserRepository: ...
    @property
    def organizations(self) -> OrganizationRepository: ...
    @property
    def sessions(self) -> SessionRepository: ...
    @property
    def jobs(self) -> JobRepository: ...
    @property
    def resumes(self) -> ResumeRepository: ...
    @property
    def matches(self) -> MatchRepository: ...
    @property
    def applications(self) -> ApplicationRepository: ...


async def read_bounded(page_of: PageOf[T], limit: int = READ_LIMIT, page_size: int = READ_PAGE) -> tuple[list[T], bool]:
    """Every item of a list, page by page, up to `limit`; and whether items were left past it."""
    items: list[T] = []
    after: Position | None = None
    while True:
        page = await page_of(PageRequest(first=min(page_size, limit - len(items)), after=after, want_total=False))
        items.extend(page.items)
        if not page.has_next or not page.items:
            return items, False
        if len(items) >= limit:
            return items, True
        after = page.positions[-1]


class DataExportService:
    def __init__(
        self, ports: ExportPorts, devices: DeviceRepository, inbox: Inbox, blobs: BlobStore, clock: Clock,
        demographics: DemographicsStore | None = None, analytics: AnalyticsStore | None = None,
    ) -> None:
        self._ports = ports
        self._devices = devices
        self._inbox = inbox
        self._blobs = blobs
        self._clock = clock
        self._demographics = demographics
        self._analytics = analytics

    async def export(self, user: User) -> DataExportDocument:
        ports, truncated = self._ports, []
        resumes, cut = await read_bounded(lambda p: _first(ports.resumes.by_owners([user.id], None, p)))
        truncated += ["resumes"] if cut else []
        applications, cut = await read_bounded(lambda p: _first(ports.applications.by_candidates([user.id], None, p)))
        truncated += ["applications"] if cut else []
        matches, cut = await read_bounded(lambda p: _first(ports.matches.by_candidates([user.id], None, p)))
        truncated += ["matches"] if cut else []
        notifications, cut = await read_bounded(lambda p: _first(self._inbox.pages([user.id], False, p)))
        truncated += ["notifications"] if cut else []
        activity, cut = await self._activity(user.id)
        truncated += ["activity"] if cut else []
        jobs = await self._jobs({a.job_id for a in applications} | {m.job_id for m in matches})
        organization_ids = {j.organization_id for j in jobs.values()}
        if user.organization_id:
            organization_ids.add(user.organization_id)
        organizations = await _by_id(ports.organizations.get_many, sorted(organization_ids))
        names = {key: o.name for key, o in organizations.items()}
        histories = await _in_pages(ports.applications.histories, [a.id for a in applications])
        answers = await self._demographics.get(user.id) if self._demographics is not None else None
        (devices,) = await self._devices.for_users([user.id])
        sessions = await ports.sessions.list_for_user(user.id)
        organization = organizations.get(user.organization_id or "")
        held = await ports.users.held_addresses(user.id, self._clock.now())
        return DataExportDocument(
            generated_at=self._clock.now(),
            account=ExportedAccount(
                id=user.id, email=user.email, email_verified=user.email_verified, name=user.name, role=user.role,
                phone=user.phone, phone_verified=user.phone_verified, created_at=user.created_at,
                suspended=user.suspended,
                organization=ExportedOrganization(id=organization.id, name=organization.name,
                                                  role=user.role_in_organization) if organization else None,
                held_addresses=[ExportedHeldAddress(email=h.email, held_until=h.held_until) for h in held],
                linked_identity=await ports.users.external_identity_of(user.id),
            ),
            preferences=user.preferences,
            self_identification=ExportedSelfIdentification(
                sex=answers.sex, race_ethnicity=answers.race_ethnicity, updated_at=answers.updated_at,
            ) if answers else None,
            resumes=[await self._resume(r) for r in resumes],
            applications=[_application(a, h, user.id, _job(a.job_id, jobs, names))
                          for a, h in zip(applications, histories)],
            matches=[_match(m, _job(m.job_id, jobs, names)) for m in matches],
            notifications=[_notification(n) for n in notifications],
            sessions=[ExportedSession(id=s.id, device=s.device, ip=s.ip, created_at=s.created_at,
                                      last_used_at=s.last_used_at, expires_at=s.expires_at, revoked_at=s.revoked_at)
                      for s in sessions],
            devices=[ExportedDevice(id=d.id, platform=d.platform, session_id=d.session_id, created_at=d.created_at)
                     for d in devices],
            activity=activity,
            truncated=truncated,
        )

    async def _activity(self, user_id: str) -> tuple[list[ExportedActivity], bool]:
        """The person's own operations from the audit trail, newest first, in pages."""
        if self._analytics is None:
            return [], False
        found: list[ExportedActivity] = []
        after: AuditPosition | None = None
        while True:
            page = await self._analytics.audit_log(
                AuditFilter(actor_id=user_id), min(READ_PAGE, READ_LIMIT - len(found)), after, want_total=False)
            found += [ExportedActivity(at=r.at, operation=r.operation, outcome=r.outcome, target_ids=r.target_ids,
                                       request_id=r.request_id, client_ip=r.client_ip) for r in page.items]
            if not page.has_next or not page.items:
                return found, False
            if len(found) >= READ_LIMIT:
                return found, True
            after = AuditPosition(at=page.items[-1].at, id=page.items[-1].id)

    async def _jobs(self, ids: set[str]) -> dict[str, Job]:
        return await _by_id(self._ports.jobs.get_many, sorted(ids))

    async def _resume(self, resume: Resume) -> ExportedResume:
        # Signing a link is local work (no backend read); a résumé without bytes has none.
        link = await self._blobs.download_url(resume.sha256, resume.filename) if resume.sha256 else None
        return ExportedResume(
            id=resume.id, filename=resume.filename, content_type=resume.content_type, size_bytes=resume.size_bytes,
            sha256=resume.sha256, status=resume.status, failure_reason=resume.failure_reason,
            uploaded_at=resume.uploaded_at, primary=resume.primary, parsed=resume.parsed, download_url=link,
        )


async def _first(pages: Awaitable[list[Page[T]]]) -> Page[T]:
    (page,) = await pages
    return page


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


K = TypeVar("K", bound=_HasId)
R = TypeVar("R")


async def _in_pages(read: Callable[[Sequence[str]], Awaitable[list[R]]], ids: Sequence[str]) -> list[R]:
    """A batch read over many ids, READ_PAGE ids a call (a backend's batch bound)."""
    found: list[R] = []
    for start in range(0, len(ids), READ_PAGE):
        found += await read(ids[start:start + READ_PAGE])
    return found


async def _by_id(read: Callable[[Sequence[str]], Awaitable[list[K | None]]], ids: Sequence[str]) -> dict[str, K]:
    return {item.id: item for item in await _in_pages(read, ids) if item is not None}


def _job(job_id: str, jobs: dict[str, Job], names: dict[str, str]) -> ExportedJob:
    job = jobs.get(job_id)
    return ExportedJob(id=job_id, title=job.title if job else None,
                       organization_name=names.get(job.organization_id) if job else None)


def _application(application: Application, history: list[ApplicationEvent], user_id: str,
                 job: ExportedJob) -> ExportedApplication:
    return ExportedApplication(
        id=application.id, job=job, resume_id=application.resume_id, cover_letter=application.cover_letter,
        status=application.status, created_at=application.created_at, updated_at=application.updated_at,
        history=[ExportedMove(status=e.status, at=e.at, by_you=e.by_user_id == user_id, note=e.note,
                              resume_id=e.resume_id, cover_letter=e.cover_letter) for e in history],
    )


def _match(match: Match, job: ExportedJob) -> ExportedMatch:
    return ExportedMatch(
        id=match.id, job=job, resume_id=match.resume_id, score=match.score, breakdown=match.breakdown,
        scoring_version=match.scoring_version, created_at=match.created_at, updated_at=match.updated_at,
    )


def _notification(notification: Notification) -> ExportedNotification:
    return ExportedNotification(
        id=notification.id, kind=notification.kind.upper(), subject=notification.subject, text=notification.text,
        created_at=notification.created_at, read_at=notification.read_at, data=dict(notification.data),
    )
