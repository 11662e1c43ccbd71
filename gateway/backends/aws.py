"""The AWS backend: DynamoDB, S3, SQS, SNS/SES, EventBridge, OpenSearch (or the embedded
search index), Cognito; the document and model adapters by configuration.

One aioboto3 session; every client is opened once here and closed by the exit stack when
the app's lifespan ends. Resources are expected to exist (`talentgraph provision`)."""
from __future__ import annotations

import logging
import uuid
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import aioboto3

from adapters.aws.clients import AwsClients, Connection
from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.application_leases import DynamoApplicationLeases
from adapters.aws.dynamodb.repositories import dynamodb_repositories
from adapters.aws.dynamodb.user_admin import DynamoUserAdministration
from adapters.aws.dynamodb.work_outbox import WorkOutboxRelay, WorkWritten
from adapters.aws.events.event_bus import EventBridgeEventBus
from adapters.aws.indexed_jobs import SearchIndexedJobs
from adapters.aws.s3.blob_store import S3BlobStore
from adapters.aws.s3.upload_staging import S3UploadStaging
from adapters.aws.sqs.work_queue import SqsWorkQueue
from adapters.embedded.extraction.sniff import sniff_content_type
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.ports.analytics import AnalyticsStore
from domain.services.candidate_naming import CandidateNames
from gateway.adapter_sets import Adapters, AdminAdapters, DocumentAdapters, Repositories
from gateway.backends.aws_accounts import aws_account_adapters, aws_gateway_adapters
from gateway.backends.aws_matching import aws_matching_adapters
from gateway.backends.aws_models import model_adapters
from gateway.backends.bias_audit import aws_bias_audit_stores
from gateway.config import Settings

if TYPE_CHECKING:
    from adapters.aws.opensearch.job_index import OpenSearchJobIndex
    from adapters.aws.search_mirror import SqliteJobMirror

log = logging.getLogger("talentgraph.aws")


def connection(settings: Settings) -> Connection:
    aws = settings.aws
    return Connection(region=aws.region, endpoint_url=aws.endpoint_url, connect_timeout=aws.connect_timeout_seconds,
                      read_timeout=aws.read_timeout_seconds, max_attempts=aws.max_attempts)


def search_mirror_path(settings: Settings) -> Path:
    return settings.data_dir / "search-mirror.sqlite3"


def local_analytics_path(settings: Settings) -> Path | None:
    """The per-replica analytics file, or None when MongoDB/DocumentDB keeps them."""
    from gateway.backends.analytics import analytics_store_kind

    if analytics_store_kind(settings) == "mongodb" and settings.analytics_mongodb_url:
        return None
    return settings.data_dir / "analytics.sqlite3"


def local_databases(settings: Settings) -> list[Path]:
    """The replica's own SQLite files: `talentgraph serve` migrates them once, before its API
    processes open them all at the same moment."""
    mirror = [] if settings.aws.opensearch_url else [search_mirror_path(settings)]
    analytics = local_analytics_path(settings)
    return mirror + ([analytics] if analytics is not None else [])


def vector_dimension(settings: Settings) -> int:
    """What the configured embedder makes: the local model's own size (EMBEDDING_DIMENSION is
    Titan's and SageMaker's setting), so an index made with the defaults accepts its vectors."""
    if settings.aws.embedder == "embedded":
        from adapters.embedded.windowed_embedder import DIMENSION

        return DIMENSION
    return settings.aws.embedding_dimension


async def open_search_index(settings: Settings, stack: AsyncExitStack) -> OpenSearchJobIndex | SqliteJobMirror:
    """OpenSearch when configured; otherwise the embedded FTS5 index as a local mirror."""
    aws = settings.aws
    if aws.opensearch_url:
        from adapters.aws.opensearch.client import open_client
        from adapters.aws.opensearch.job_index import OpenSearchJobIndex

        client = open_client(aws.opensearch_url, aws.region)
        stack.push_async_callback(client.close)
        return OpenSearchJobIndex(client, aws.opensearch_index, vector_dimension(settings))
    from adapters.aws.search_mirror import SqliteJobMirror
    from adapters.embedded.sqlite.database import Database
    from adapters.embedded.sqlite.jobs import SqliteJobRepository

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(search_mirror_path(settings))
    await db.open()
    stack.push_async_callback(db.close)
    return SqliteJobMirror(db, SqliteJobRepository(db))


async def _account_id(clients: AwsClients) -> str:
    # GetCallerIdentity needs no permission: the topic ARN without sns:CreateTopic.
    return (await (await clients.get("sts")).get_caller_identity())["Account"]


@asynccontextmanager
async def open_aws(settings: Settings, session: aioboto3.Session | None = None) -> AsyncIterator[Adapters]:
    """`session`: the aioboto3 session every client is opened from (one of the region's by
    default); a caller may register botocore event handlers on it first (tests count calls)."""
    aws = settings.aws
    async with AsyncExitStack() as stack:
        clients = AwsClients(connection(settings), stack, session)
        dynamodb, s3, sqs = await clients.get("dynamodb"), await clients.get("s3"), await clients.get("sqs")
        search = await open_search_index(settings, stack)
        work_written = WorkWritten()
        found = dynamodb_repositories(dynamodb, aws.table, text_search=search, work_written=work_written)
        found["jobs"] = SearchIndexedJobs(found["jobs"], search)
        repositories = Repositories(**{name: found[name] for name in Repositories.__dataclass_fields__})

        queue_url = (await sqs.get_queue_url(QueueName=aws.queue))["QueueUrl"]
        dead_url = (await sqs.get_queue_url(QueueName=aws.dead_letter_queue))["QueueUrl"]
        queue = SqsWorkQueue(sqs, queue_url, dead_url, lease_seconds=settings.queue_lease_seconds,
                             max_attempts=settings.queue_max_attempts, wait_seconds=aws.queue_wait_seconds)

        # Work stored beside its change moves to SQS from here: at once after each commit,
        # and on a sweep (the first at start) for work a crash left in the table.
        relay = WorkOutboxRelay(DynamoTable(dynamodb, aws.table), queue)
        work_written.listen(relay.wake)
        relay.start()
        stack.push_async_callback(relay.stop)

        topic_arn = f"arn:aws:sns:{aws.region}:{await _account_id(clients)}:{aws.topic}"
        table = DynamoTable(dynamodb, aws.table)

        skills = EmbeddedSkillExtractor()
        extractor, parser, embedder = await model_adapters(settings, clients, skills, stack)
        documents = DocumentAdapters(
            skills=skills, sniff=sniff_content_type, extractor=extractor, parser=parser,
            upload_staging=S3UploadStaging(s3, aws.bucket, aws.kms_key_id, aws.presigned_url_seconds),
        )
        # Made here for the notifier to announce on; started last (below), so it stops first.
        # A worker only publishes: what listens to other replicas' events (subscriptions, the
        # local search mirror searches read) is in API processes, so it takes no rule of the bus.
        events = EventBridgeEventBus(await clients.get("events"), sqs, aws.event_bus,
                                     aws.replica_id or uuid.uuid4().hex[:12], wait_seconds=aws.queue_wait_seconds,
                                     receives=settings.role != "worker")
        accounts = aws_account_adapters(settings, table, found["users"], queue, await clients.get("sns"), topic_arn,
                                        await clients.get("ses") if aws.ses_sender else None, events,
                                        work_written, CandidateNames(repositories.applications,
                                                                     repositories.users, repositories.resumes))
        if aws.cognito_user_pool_id and aws.cognito_client_id:
            from gateway.auth.cognito import CognitoVerifier

            accounts.cognito = CognitoVerifier(aws.region, aws.cognito_user_pool_id, aws.cognito_client_id,
                                               endpoint_url=aws.endpoint_url)
        matching = await aws_matching_adapters(settings, table, embedder, search, stack, work_written)
        demographics, match_outcomes = aws_bias_audit_stores(table)
        admin = AdminAdapters(
            analytics=await _analytics_store(settings, stack), user_admin=DynamoUserAdministration(table),
            demographics=demographics, match_outcomes=match_outcomes,
        )
        # Started last so it stops first: no handler runs on a port already closed.
        from adapters.aws.search_mirror import SqliteJobMirror, follow, refill

        if isinstance(search, SqliteJobMirror) and events.receives:  # no OpenSearch; searches served here
            # The local search mirror follows every replica's job changes (docs/deploy-aws.md).
            follow(events, found["jobs"], search)
            await refill(search, table)
        await events.start()
        stack.push_async_callback(events.close)
        yield Adapters(
            repositories=repositories,
            blobs=S3BlobStore(s3, aws.bucket, aws.kms_key_id, aws.presigned_url_seconds),
            events=events,
            queue=queue,
            documents=documents,
            accounts=accounts,
            gateway=aws_gateway_adapters(settings, table),
            admin=admin,
            matching=matching,
            # DynamoDB stores work with its change (WorkOutboxRelay): none is stranded.
            # The workers of every replica take turns per application.
            application_leases=DynamoApplicationLeases(table),
        )


async def _analytics_store(settings: Settings, stack: AsyncExitStack) -> AnalyticsStore:
    """MongoDB/DocumentDB when configured. Without it, a SQLite store under the
    data dir, logged: analytics and the audit trail are then per replica (docs/deploy-aws.md)."""
    from gateway.backends.analytics import open_analytics_store

    path = local_analytics_path(settings)
    if path is None:
        return await stack.enter_async_context(open_analytics_store(settings))
    from adapters.embedded.sqlite.database import Database

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    log.warning("no TALENTGRAPH_ANALYTICS_MONGODB_URL: analytics and audit records kept in %s,"
                " which is not shared between replicas", path)
    db = Database(path)
    await db.open()
    stack.push_async_callback(db.close)
    local = settings.model_copy(update={"analytics_store": "sqlite"})
    return await stack.enter_async_context(open_analytics_store(local, db))
