"""The one place that wires adapters to ports and ports to services."""
from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta

from adapters.look_alikes.unicode_confusables import UnicodeConfusables
from adapters.reference_data.packaged import packaged_reference_data
from domain.bias_audit import AuditPolicy
from domain.clock import Clock, SystemClock
from domain.installed_reference_data import install_reference_data
from domain.ports.blobs import BlobStore
from domain.ports.documents import SkillExtractor
from domain.ports.events import EventBus
from domain.ports.match_announcements import KeepsMatchAnnouncements
from domain.ports.notifications import Notifier
from domain.ports.queue import KnowsPendingWork, WorkQueue
from domain.refresh_tokens import RefreshTokenSuccessors
from domain.services.accounts import AccountService
from domain.services.admin import AdminService
from domain.services.analytics import AnalyticsRecorder, AnalyticsService
from domain.services.api_keys import ApiKeyService
from domain.services.application_processing import ApplicationProcessor
from domain.services.applications import PROCESS_APPLICATION, ApplicationService
from domain.services.bias_audit import BiasAuditService
from domain.services.blob_forgetting import FORGET_BLOB, blob_forgetting_handler
from domain.services.data_export import DataExportService
from domain.services.direct_uploads import DirectUploadService
from domain.services.inbox import InboxService
from domain.services.job_closure_notices import NOTIFY_JOB_CLOSED, JobClosureNotices
from domain.services.job_takedown_notices import NOTIFY_JOB_TAKEN_DOWN, JobTakedownNotices
from domain.services.jobs import JobService
from domain.services.matching import MatchingService
from domain.services.matching_triggers import MATCH_JOB, MatchingWork
from domain.services.resume_processing import ResumeProcessor
from domain.services.resumes import FORGET_RESUME_FILES, PROCESS_RESUME, ResumeService
from domain.services.self_identification import SelfIdentificationService
from domain.services.trash_sweep import TrashSweep
from domain.services.work_reconciliation import WorkReconciler
from domain.uploads import UploadRules
from gateway.adapter_sets import Adapters, Repositories, counted
from gateway.auth.common_passwords import password_policy
from gateway.auth.identity import IdentityResolver
from gateway.auth.passwords import Argon2PasswordHasher
from gateway.auth.tokens import JwtAccessTokens, load_or_create_secret
from gateway.bootstrap_accounts import AccountLifecycle, wire_accounts
from gateway.bootstrap_matching import matching_work_handlers, resume_vector_work_handlers, wire_matching
from gateway.config import Settings
from gateway.roles.vector_work import vector_work_handlers
from gateway.warm_up import start_extraction, warm_up
from gateway.workers import WorkerPool, WorkHandler


@dataclass
class Services:
    settings: Settings
    clock: Clock
    repositories: Repositories
    events: EventBus
    queue: WorkQueue
    blobs: BlobStore
    skills: SkillExtractor
    notifier: Notifier
    accounts: AccountService
    jobs: JobService
    resumes: ResumeService
    resume_processor: ResumeProcessor
    applications: ApplicationService
    application_processor: ApplicationProcessor
    job_closure_notices: JobClosureNotices
    job_takedown_notices: JobTakedownNotices
    tokens: JwtAccessTokens
    identity: IdentityResolver
    # The backend's adapters (each counted per request), for what reads a port directly: the
    # edge's stores, per-request loaders.
    adapters: Adapters
    # Presigned direct-to-storage resume uploads (a clear error on backends without them).
    direct_uploads: DirectUploadService
    analytics: AnalyticsService
    admin: AdminService
    api_keys: ApiKeyService
    # Account lifecycle and notification channels.
    lifecycle: AccountLifecycle
    matching: MatchingService
    # Voluntary self-identification and the bias audit.
    self_identification: SelfIdentificationService
    bias_audit: BiasAuditService
    # The in-app inbox (the notifier keeps what goes in).
    inbox: InboxService
    # A person's own data export (GDPR access and portability).
    data_export: DataExportService
    # Deletions a crash left in the blob store's trash, finished by the worker role.
    trash_sweep: TrashSweep

    async def reconcile_work(self) -> None:
        """Work for rows that have none (stored by a version that queued after the commit);
        a backend that stores work with its change strands none."""
        stranded = self.adapters.stranded_work
        if stranded is not None:
            await WorkReconciler(stranded.resumes, self.repositories.applications, stranded.applications,
                                 self.queue).run()

    def worker_pool(self) -> WorkerPool:
        resume_processor = self.resume_processor
        application_processor = self.application_processor
        job_closure_notices = self.job_closure_notices
        job_takedown_notices = self.job_takedown_notices
        resumes = self.resumes
        return WorkerPool(
            self.queue,
            {
                PROCESS_RESUME: WorkHandler(
                    handle=lambda p: resume_processor.process(p["resume_id"]),
                    on_dead=lambda p, reason: resume_processor.give_up(p["resume_id"], reason),
                ),
                FORGET_RESUME_FILES: WorkHandler(
                    handle=lambda p: resumes.forget_files(p["resume_id"], p["sha256"]),
                ),
                FORGET_BLOB: WorkHandler(handle=blob_forgetting_handler(self.blobs, self.repositories.resumes)),
                PROCESS_APPLICATION: WorkHandler(
                    handle=lambda p: application_processor.process(p["application_id"], p["version"], p.get("change")),
                ),
                NOTIFY_JOB_CLOSED: WorkHandler(
                    handle=lambda p: job_closure_notices.notify(p["job_id"], p["closed_at"]),
                ),
                NOTIFY_JOB_TAKEN_DOWN: WorkHandler(handle=lambda p: job_takedown_notices.notify(p["job_id"])),
                **(self.lifecycle.work_handlers() if self.lifecycle else {}),
                **(matching_work_handlers(self.matching, self.settings.match_batch) if self.matching else {}),
                **(resume_vector_work_handlers(self.matching, self.repositories.resumes, self.blobs,
                                               self.adapters.documents.extractor, self.queue,
                                               self.adapters.matching.open_jobs_rescoring,
                                               self.adapters.matching.reembedding_progress) if self.matching else {}),
                **vector_work_handlers(self.adapters.matching.job_index, self.adapters.matching.resume_index),
            },
            concurrency=self.settings.queue_workers,
            backoff_seconds=self.settings.queue_backoff_seconds,
            # Only where leasing filters kinds in the query (SQLite): an SQS worker that receives
            # another kind hands it back, and each hand-back counts as a delivery attempt.
            dedicated={MATCH_JOB: self.settings.match_workers} if self.settings.backend == "embedded" else None,
        )


async def _open_backend(settings: Settings, stack: AsyncExitStack) -> Adapters:
    if settings.backend == "aws":
        from gateway.backends.aws import open_aws

        return await stack.enter_async_context(open_aws(settings))
    from gateway.backends.embedded import open_embedded

    return await stack.enter_async_context(open_embedded(settings))


def upload_rules(settings: Settings) -> UploadRules:
    return UploadRules(
        max_bytes=settings.max_upload_bytes, max_resumes_per_candidate=settings.max_resumes_per_candidate
    )


def wire(settings: Settings, adapters: Adapters, clock: Clock | None = None) -> Services:
    """Every service, built from the backend's adapters: the one composition root."""
    clock = clock or SystemClock()
    # Asked of the queue itself: the counting wrapper below hides which methods it has.
    pending_work = adapters.queue if isinstance(adapters.queue, KnowsPendingWork) else None
    adapters = counted(adapters)
    repos, documents, admin = adapters.repositories, adapters.documents, adapters.admin
    skills, notifier = documents.skills, adapters.accounts.notifier
    secret = load_or_create_secret(settings.jwt_secret, settings.data_dir)
    tokens = JwtAccessTokens(
        secret=secret,
        issuer=settings.jwt_issuer,
        audience=settings.jwt_audience,
        ttl=timedelta(minutes=settings.access_token_minutes),
        clock=clock,
    )
    rules = upload_rules(settings)
    matching = wire_matching(settings, adapters, clock)
    # The matching work that follows a job change or a parsed resume, stored with the change.
    matching_work = MatchingWork()
    hasher = Argon2PasswordHasher(settings.password_hash_time_cost, settings.password_hash_memory_kib)
    # Its own key, derived from the secret, for the invitation emails' mailbox proofs.
    mailbox_key = hashlib.sha256(b"invitation mailbox proof:" + secret.encode()).digest()
    jobs = JobService(repos.jobs, skills, adapters.events, clock, matching=matching_work)
    lifecycle = wire_accounts(settings, adapters, hasher, clock, resume_vectors=matching, mailbox_key=mailbox_key,
                              jobs=jobs)
    resumes = ResumeService(
        repos.resumes, adapters.blobs, adapters.queue, adapters.events, documents.sniff, rules, clock,
        vectors=matching, matching=matching_work,
    )
    # Audit records and analytics facts reach the store from the bus, never from resolvers.
    AnalyticsRecorder(admin.analytics).attach(adapters.events)
    return Services(
        settings=settings,
        clock=clock,
        repositories=repos,
        events=adapters.events,
        queue=adapters.queue,
        blobs=adapters.blobs,
        skills=skills,
        notifier=notifier,
        accounts=AccountService(
            repos.users, repos.sessions, hasher, tokens, adapters.events, clock,
            refresh_token_days=settings.refresh_token_days,
            verification=lifecycle.verification,
            devices=lifecycle.devices,
            successors=RefreshTokenSuccessors(secret.encode()),
            refresh_reuse_grace=timedelta(seconds=settings.refresh_reuse_grace_seconds),
            matching=matching_work,
            invitations=lifecycle.invitations,
            passwords=password_policy(),
            look_alikes=UnicodeConfusables(),
            email_change=lifecycle.email_change,
        ),
        jobs=jobs,
        resumes=resumes,
        resume_processor=ResumeProcessor(
            repos.resumes, adapters.blobs, documents.extractor, documents.parser, adapters.events, matching,
            matching=matching_work,
        ),
        applications=ApplicationService(repos.applications, repos.jobs, repos.resumes, adapters.queue, clock),
        application_processor=ApplicationProcessor(
            repos.applications, repos.jobs, repos.resumes, repos.users, notifier, adapters.events,
            leases=adapters.application_leases, organizations=repos.organizations,
        ),
        job_closure_notices=JobClosureNotices(repos.applications, repos.jobs, notifier, adapters.events),
        job_takedown_notices=JobTakedownNotices(repos.jobs, repos.users, notifier),
        tokens=tokens,
        identity=IdentityResolver(tokens, repos.users, repos.sessions, cognito=adapters.accounts.cognito),
        adapters=adapters,
        direct_uploads=DirectUploadService(documents.upload_staging, resumes, rules),
        analytics=AnalyticsService(admin.analytics, clock),
        admin=AdminService(
            admin.user_admin, repos.jobs, adapters.queue, adapters.events, clock, matching=matching_work,
            announcements=repos.matches if isinstance(repos.matches, KeepsMatchAnnouncements) else None,
            organizations=repos.organizations, identities=repos.users,
        ),
        api_keys=ApiKeyService(adapters.gateway.api_keys, clock),
        lifecycle=lifecycle,
        matching=matching,
        self_identification=SelfIdentificationService(admin.demographics, clock),
        bias_audit=BiasAuditService(
            admin.match_outcomes, admin.demographics, clock,
            AuditPolicy(top_n=settings.audit_top_n, min_group_size=settings.audit_min_group_size,
                        min_group_share=settings.audit_min_group_share),
        ),
        inbox=InboxService(adapters.accounts.inbox, clock),
        data_export=DataExportService(repos, adapters.accounts.devices, adapters.accounts.inbox, adapters.blobs, clock,
                                      demographics=admin.demographics, analytics=admin.analytics),
        trash_sweep=TrashSweep(adapters.blobs, repos.resumes, clock, pending_work,
                               max_age=timedelta(hours=settings.trash_max_age_hours)),
    )


@asynccontextmanager
async def open_services(
    settings: Settings, clock: Clock | None = None, adapters: Adapters | None = None
) -> AsyncIterator[Services]:
    """`adapters`: already open ones (a test's, with fakes in them), instead of the backend's."""
    # Before the backend: the stores' location filters and every place or currency rule read it.
    install_reference_data(packaged_reference_data())
    async with AsyncExitStack() as stack:
        if adapters is None:
            adapters = await _open_backend(settings, stack)
        services = wire(settings, adapters, clock)
        await services.reconcile_work()
        if settings.warms_at_start and settings.role != "api":
            # With the model (loaded by the backend): the skill relations the first candidate's
            # scoring would otherwise read (~0.3-1 s of CPU) inside the work it was queued for,
            # and the town table its first place distance would (~0.6 s).
            await warm_up(services.skills, town_positions=True)
            await start_extraction(adapters.documents.extractor)
        yield services
