"""What one backend supplies, by area: each field an adapter for one port (a Protocol in
domain/ports, or the gateway's own for edge stores). Each backend module
(gateway/backends/embedded.py, aws.py) fills every area; optional fields say what only
some backends have."""
from __future__ import annotations

import dataclasses
import inspect
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, TypeVar

from domain.ports.accounts import (
    AccountStore,
    DeviceRepository,
    OneTimeTokenRepository,
    OrganizationRepository,
    SessionRepository,
    UserRepository,
)
from domain.ports.admin import UserAdministration
from domain.ports.analytics import AnalyticsStore
from domain.ports.api_keys import ApiKeyRepository
from domain.ports.application_leases import ApplicationProcessingLeases
from domain.ports.blobs import BlobStore
from domain.ports.candidate_stamps import CandidateStamps
from domain.ports.demographics import DemographicsStore
from domain.ports.direct_uploads import UploadStaging
from domain.ports.documents import ContentSniffer, Embedder, ResumeParser, SkillExtractor, TextExtractor
from domain.ports.embeddings import EmbeddingStore
from domain.ports.events import EventBus
from domain.ports.inbox import Inbox
from domain.ports.invitations import InvitationRepository
from domain.ports.jobs import JobRepository
from domain.ports.match_outcomes import MatchOutcomes
from domain.ports.notifications import DeliveryDispatcher, Notifier
from domain.ports.organization_members import OrganizationMembers
from domain.ports.queue import WorkQueue
from domain.ports.resume_sets import EligibleResumeIds
from domain.ports.resumes import ApplicationRepository, MatchRepository, ResumeRepository
from domain.ports.skill_frequencies import SkillFrequencySource
from domain.ports.vectors import VectorIndex
from domain.services.embedding_rescoring import OpenJobsRescoring, ReembeddingProgress
from domain.services.work_reconciliation import UnfinishedResumes, UnprocessedApplications
from gateway.http.rate_limit import BucketSpec, SharedBuckets
from gateway.http.stores import PersistedQueryCache

if TYPE_CHECKING:
    from collections.abc import Callable

    from gateway.auth.cognito import CognitoVerifier

# A field whose adapter makes no backend calls of its own per request (a loop run by the
# lifespan, a pure function) is not wrapped by the per-request call counter.
NOT_COUNTED = {"counted": False}


@dataclass
class Repositories:
    users: UserRepository
    organizations: OrganizationRepository
    sessions: SessionRepository
    jobs: JobRepository
    resumes: ResumeRepository
    matches: MatchRepository
    applications: ApplicationRepository


@dataclass
class DocumentAdapters:
    """Résumés: reading files into text, text into a résumé, and the skills vocabulary."""
    skills: SkillExtractor
    sniff: ContentSniffer = field(metadata=NOT_COUNTED)
    extractor: TextExtractor
    parser: ResumeParser
    # Presigned direct-to-storage uploads (AWS only).
    upload_staging: UploadStaging | None = None


@dataclass
class MatchingAdapters:
    embeddings: EmbeddingStore
    embedder: Embedder
    job_index: VectorIndex
    resume_index: VectorIndex
    # Without skill statistics every job skill weighs alike.
    skill_frequencies: SkillFrequencySource | None = None
    # Where the backend can say when a candidate's profile changed, profiles are kept between jobs.
    candidate_stamps: CandidateStamps | None = None
    # Where the backend reads a candidate's eligible resume ids alone, a recomputation's
    # after-write check reads no resume content.
    eligible_resume_ids: EligibleResumeIds | None = None
    # Where the backend can tell when the résumés are embedded again after a model change,
    # every open job is matched again then.
    open_jobs_rescoring: OpenJobsRescoring | None = None
    # Where the queue cannot say what is still pending (SQS), each résumé's re-embedding
    # says it ran, and the last one queues that rescoring.
    reembedding_progress: ReembeddingProgress | None = None


@dataclass
class AccountAdapters:
    """The account lifecycle and notification channels."""
    notifier: Notifier
    devices: DeviceRepository
    account_tokens: OneTimeTokenRepository
    account_store: AccountStore
    invitations: InvitationRepository
    organization_members: OrganizationMembers
    # The in-app inbox, which the notifier also writes to.
    inbox: Inbox
    # Delivers what the outbox holds: a loop the lifespan runs (embedded), or handlers of
    # queue kinds in its `work` (AWS, where the work queue is the outbox).
    outbox_dispatcher: DeliveryDispatcher | None = field(default=None, metadata=NOT_COUNTED)
    # Tokens from an external identity provider (AWS with Cognito configured).
    cognito: CognitoVerifier | None = None


@dataclass
class GatewayAdapters:
    """Stores of the HTTP edge."""
    api_keys: ApiKeyRepository
    persisted_queries: PersistedQueryCache
    # Rate-limit buckets every API process shares (AWS replicas; embedded with several API
    # processes, gateway/backends/embedded.py); per process otherwise.
    rate_buckets: Callable[[str, BucketSpec], SharedBuckets] | None = field(
        default=None, metadata=NOT_COUNTED
    )
    # Sign-in, sign-up and reset buckets shared by the API processes of one deployment (embedded).
    sensitive_rate_buckets: Callable[[str, BucketSpec], SharedBuckets] | None = field(
        default=None, metadata=NOT_COUNTED
    )


@dataclass
class AdminAdapters:
    """Administration, analytics and the audit trail, and the bias audit's two stores."""
    analytics: AnalyticsStore
    user_admin: UserAdministration
    demographics: DemographicsStore
    match_outcomes: MatchOutcomes


@dataclass
class StrandedWork:
    """Rows a crash may have left without their queued work (stored before the work was
    stored with them); a backend that cannot list them has none."""
    resumes: UnfinishedResumes
    applications: UnprocessedApplications


@dataclass
class Adapters:
    repositories: Repositories
    blobs: BlobStore
    events: EventBus
    queue: WorkQueue
    documents: DocumentAdapters
    accounts: AccountAdapters
    gateway: GatewayAdapters
    admin: AdminAdapters
    matching: MatchingAdapters
    stranded_work: StrandedWork | None = None
    # Worker processes (or replicas) take turns per application, so its changes go out in order.
    application_leases: ApplicationProcessingLeases | None = None


Area = TypeVar("Area")


def counted(adapters: Adapters) -> Adapters:
    """The same adapters, each wrapped so the calls a request makes are counted."""
    from gateway.backend_calls import CountingPort

    return dataclasses.replace(
        adapters,
        repositories=_counted_area(adapters.repositories),
        blobs=CountingPort("blobs", adapters.blobs),
        queue=CountingPort("queue", adapters.queue),
        documents=_counted_area(adapters.documents),
        accounts=_counted_area(adapters.accounts),
        gateway=_counted_area(adapters.gateway),
        admin=_counted_area(adapters.admin),
        matching=_counted_area(adapters.matching),
    )


def _counted_area(area: Area) -> Area:
    from gateway.backend_calls import CountingPort

    wrapped = {}
    # Area is always one of the dataclasses above; a TypeVar bound to "a dataclass" is not
    # expressible to mypy, hence [arg-type] here and [type-var] below.
    for port in fields(area):  # type: ignore[arg-type]
        adapter = getattr(area, port.name)
        counts = port.metadata.get("counted", True) and adapter is not None and not inspect.isfunction(adapter)
        wrapped[port.name] = CountingPort(port.name, adapter) if counts else adapter
    return dataclasses.replace(area, **wrapped)  # type: ignore[type-var]
