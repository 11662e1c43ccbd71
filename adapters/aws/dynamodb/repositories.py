"""The DynamoDB repositories as a bag keyed like gateway.adapter_sets.Repositories' fields
(adapters do not import the gateway; the aws backend wraps this in Repositories)."""
from __future__ import annotations

from typing import Any

from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.applications import DynamoApplicationRepository
from adapters.aws.dynamodb.jobs import DynamoJobRepository, TextSearch
from adapters.aws.dynamodb.matches import DynamoMatchRepository
from adapters.aws.dynamodb.resumes import DynamoResumeRepository
from adapters.aws.dynamodb.retry import RetryPolicy
from adapters.aws.dynamodb.sessions import DynamoSessionRepository
from adapters.aws.dynamodb.users import DynamoOrganizationRepository, DynamoUserRepository
from adapters.aws.dynamodb.work_outbox import WorkWritten


def dynamodb_repositories(
    client: Any,
    table_name: str,
    *,
    text_search: TextSearch | None = None,
    retry: RetryPolicy | None = None,
    work_written: WorkWritten | None = None,
) -> dict[str, Any]:
    """client: an open aioboto3 DynamoDB client (the caller owns its lifetime).
    text_search: answers job searches that have words (OpenSearch or the embedded FTS
    index); without it such searches are refused with BAD_USER_INPUT."""
    table = DynamoTable(client, table_name, retry or RetryPolicy())
    return {
        "users": DynamoUserRepository(table, work_written),
        "organizations": DynamoOrganizationRepository(table),
        "sessions": DynamoSessionRepository(table),
        "jobs": DynamoJobRepository(table, text_search, work_written),
        "resumes": DynamoResumeRepository(table, work_written),
        "matches": DynamoMatchRepository(table),
        "applications": DynamoApplicationRepository(table, work_written),
    }
