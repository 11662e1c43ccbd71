"""What resolvers need from the composition root, declared here so that resolvers import
nothing of the gateway: `gateway.bootstrap.Services` has every one of these attributes."""
from __future__ import annotations

from typing import Protocol

from domain.clock import Clock
from domain.ports.accounts import DeviceRepository, OrganizationRepository, SessionRepository, UserRepository
from domain.ports.blobs import BlobStore
from domain.ports.events import EventBus
from domain.ports.jobs import JobRepository
from domain.ports.resumes import ApplicationRepository, MatchRepository, ResumeRepository
from domain.services.accounts import AccountService
from domain.services.admin import AdminService
from domain.services.analytics import AnalyticsService
from domain.services.api_keys import ApiKeyService
from domain.services.applications import ApplicationService
from domain.services.bias_audit import BiasAuditService
from domain.services.channels import NotificationChannels
from domain.services.direct_uploads import DirectUploadService
from domain.services.erasure import AccountErasure
from domain.services.jobs import JobService
from domain.services.matching import MatchingService
from domain.services.password_reset import PasswordReset
from domain.services.resumes import ResumeService
from domain.services.self_identification import SelfIdentificationService
from domain.services.sessions import SessionService
from domain.services.verification import EmailVerification


class ResolverSettings(Protocol):
    max_upload_bytes: int
    require_verified_email: bool


class ResolverRepositories(Protocol):
    users: UserRepository
    organizations: OrganizationRepository
    sessions: SessionRepository
    jobs: JobRepository
    resumes: ResumeRepository
    matches: MatchRepository
    applications: ApplicationRepository


class AccountLifecycleServices(Protocol):
    verification: EmailVerification
    password_reset: PasswordReset
    sessions: SessionService
    erasure: AccountErasure
    channels: NotificationChannels
    devices: DeviceRepository


class ResolverServices(Protocol):
    settings: ResolverSettings
    clock: Clock
    repositories: ResolverRepositories
    events: EventBus
    blobs: BlobStore
    accounts: AccountService
    jobs: JobService
    resumes: ResumeService
    applications: ApplicationService
    direct_uploads: DirectUploadService
    analytics: AnalyticsService
    admin: AdminService
    api_keys: ApiKeyService
    lifecycle: AccountLifecycleServices
    matching: MatchingService
    self_identification: SelfIdentificationService
    bias_audit: BiasAuditService
