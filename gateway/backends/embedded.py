"""The embedded backend: one SQLite file (events included), blobs as files, local models.
Every area's adapters, all local; stranded work is found by listing rows (SQLite can)."""
from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from adapters.embedded.blob_store import FileBlobStore
from adapters.embedded.download_links import DownloadLinks
from adapters.embedded.extraction.extractor import EmbeddedTextExtractor
from adapters.embedded.extraction.settings import ExtractionSettings
from adapters.embedded.extraction.sniff import sniff_content_type
from adapters.embedded.parsing.parser_on_first_use import rule_based_parser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from adapters.embedded.sqlite.api_keys import SqliteApiKeyRepository
from adapters.embedded.sqlite.application_leases import SqliteApplicationLeases
from adapters.embedded.sqlite.applications import SqliteApplicationRepository
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from adapters.embedded.sqlite.lock_polling import LockPolling
from adapters.embedded.sqlite.matches import SqliteMatchRepository
from adapters.embedded.sqlite.persisted_queries import SqlitePersistedQueryCache
from adapters.embedded.sqlite.rate_buckets import shared_buckets
from adapters.embedded.sqlite.resumes import SqliteResumeRepository
from adapters.embedded.sqlite.sessions import SqliteSessionRepository
from adapters.embedded.sqlite.user_admin import SqliteUserAdministration
from adapters.embedded.sqlite.users import SqliteOrganizationRepository, SqliteUserRepository
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from domain.services.candidate_naming import CandidateNames
from gateway.adapter_sets import (
    Adapters,
    AdminAdapters,
    DocumentAdapters,
    GatewayAdapters,
    Repositories,
    StrandedWork,
)
from gateway.auth.tokens import load_or_create_secret
from gateway.backends.analytics import open_analytics_store
from gateway.backends.bias_audit import embedded_bias_audit_stores
from gateway.backends.embedded_accounts import embedded_account_adapters
from gateway.backends.embedded_matching import open_matching_adapters
from gateway.config import Settings
from gateway.roles.events import embedded_events


@asynccontextmanager
async def open_embedded(settings: Settings) -> AsyncIterator[Adapters]:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    # The API's writes try for SQLite's lock every millisecond; the worker's back off as
    # SQLite's busy handler does, so a post is first to the file when a match write ends.
    db = Database(settings.database_path, lock_polling=LockPolling() if settings.role == "api" else None)
    await db.open()
    queue = SqliteWorkQueue(db, lease_seconds=settings.queue_lease_seconds, max_attempts=settings.queue_max_attempts,
                            leases_per_owner=settings.leases_per_owner)
    if settings.role != "api":
        # Only the one worker process (gateway/roles/data_dir_lock.py) takes leases.
        await queue.recover_orphans()
    stack = AsyncExitStack()  # adapters that open and close resources of their own
    analytics = await stack.enter_async_context(open_analytics_store(settings, db))
    matching = await stack.enter_async_context(open_matching_adapters(settings, db, queue))
    skills = EmbeddedSkillExtractor()
    extractor = EmbeddedTextExtractor(ExtractionSettings(
        max_pdf_pages=settings.pdf_page_cap, max_pdf_page_content_bytes=settings.pdf_page_content_bytes,
        max_pdf_content_bytes=settings.pdf_content_bytes, max_pdf_page_seconds=settings.pdf_page_seconds,
    ))
    # Events reach the subscriptions of every process of the deployment (API processes, worker).
    events = await stack.enter_async_context(embedded_events(settings, db))
    # Work follows a resume or an application change in the row's own transaction.
    resumes, applications = SqliteResumeRepository(db, queue), SqliteApplicationRepository(db, queue)
    demographics, match_outcomes = embedded_bias_audit_stores(db)
    repositories = Repositories(
        users=SqliteUserRepository(db, queue),
        organizations=SqliteOrganizationRepository(db),
        sessions=SqliteSessionRepository(db),
        jobs=SqliteJobRepository(db, queue),
        resumes=resumes,
        matches=SqliteMatchRepository(db),
        applications=applications,
    )
    # Mail naming a team's notice's candidate looks them up as it is sent.
    names = CandidateNames(applications, repositories.users, resumes)
    try:
        yield Adapters(
            repositories=repositories,
            blobs=FileBlobStore(settings.blob_dir, download_links(settings)),
            events=events,
            queue=queue,
            documents=DocumentAdapters(
                skills=skills, sniff=sniff_content_type, extractor=extractor,
                parser=rule_based_parser(skills, now=settings.role != "api"),
            ),
            accounts=embedded_account_adapters(db, settings, events, queue, names),
            gateway=GatewayAdapters(
                api_keys=SqliteApiKeyRepository(db),
                persisted_queries=SqlitePersistedQueryCache(db, settings.apq_cache_entries),
                # One budget for all API processes: the request buckets (in leases) once there
                # are several, the sign-in, sign-up and reset buckets always.
                rate_buckets=shared_buckets(db) if requests_shared(settings) else None,
                sensitive_rate_buckets=shared_buckets(db),
            ),
            admin=AdminAdapters(
                analytics=analytics, user_admin=SqliteUserAdministration(db),
                demographics=demographics, match_outcomes=match_outcomes,
            ),
            matching=matching,
            stranded_work=StrandedWork(resumes=resumes, applications=applications),
            # several worker processes may share the file: they take turns per application
            application_leases=SqliteApplicationLeases(db),
        )
    finally:
        await stack.aclose()
        extractor.close()
        await db.close()


def download_links(settings: Settings) -> DownloadLinks:
    secret = load_or_create_secret(settings.jwt_secret, settings.data_dir)
    base = settings.gateway_base_url or f"http://{settings.host}:{settings.port}"
    # A key of its own, derived so that a download link is never a valid access token.
    key = hashlib.sha256(b"download-links:" + secret.encode()).digest()
    return DownloadLinks(key, base, settings.download_link_seconds)


def requests_shared(settings: Settings) -> bool:
    return settings.api_processes > 1 and settings.rate_limit_request_scope == "deployment"
