"""The served schema. `strawberry export-schema resolvers.schema:schema` prints it."""
from __future__ import annotations

from collections.abc import Callable, Sequence

import strawberry
from graphql.error import GraphQLError, GraphQLSyntaxError
from strawberry.extensions import SchemaExtension
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types
from strawberry.types.execution import PreExecutionError
from strawberry.types.graphql import OperationType

from resolvers import fastpath
from resolvers.admin import AdminMutations, AdminQueries
from resolvers.audit import AuditTrail
from resolvers.bounded_inputs import InputLimits
from resolvers.core_schema import graphql_core_schema
from resolvers.errors import PARSE_FAILED, ErrorCodes, format_error
from resolvers.fastpath.schema import FastPathSchema
from resolvers.mutations.accounts import AccountMutations
from resolvers.mutations.api_keys import ApiKeyMutations, ApiKeyQueries
from resolvers.mutations.applications import ApplicationMutations
from resolvers.mutations.channels import ChannelMutations
from resolvers.mutations.data_export import DataExportMutations
from resolvers.mutations.direct_uploads import DirectUploadMutations
from resolvers.mutations.email_change import EmailChangeMutations
from resolvers.mutations.inbox import InboxMutations
from resolvers.mutations.invitations import InvitationMutations
from resolvers.mutations.jobs import JobMutations
from resolvers.mutations.organization_members import OrganizationMemberMutations
from resolvers.mutations.resumes import ResumeMutations
from resolvers.mutations.self_identification import SelfIdentificationMutations, SelfIdentificationQueries
from resolvers.queries import Query
from resolvers.scalars import SCALAR_OVERRIDES
from resolvers.subscriptions import Subscription
from resolvers.types.application import ApplicationType
from resolvers.types.job import JobType
from resolvers.types.match import MatchType
from resolvers.types.organization import OrganizationType
from resolvers.types.resume import ResumeType
from resolvers.types.user import UserType

Mutation = merge_types(
    "Mutation", (AccountMutations, ResumeMutations, JobMutations, ApplicationMutations, DirectUploadMutations,
     ApiKeyMutations, AdminMutations, ChannelMutations, SelfIdentificationMutations, InvitationMutations,
     OrganizationMemberMutations, InboxMutations, DataExportMutations, EmailChangeMutations)
)

# Strawberry parses a batch of up to this many operations; the view refuses more than its own
# limit (10) with a message that says so.
BATCH_OPERATIONS_PARSED = 1_000_000

NODE_TYPES = [UserType, OrganizationType, JobType, ResumeType, MatchType, ApplicationType]


class GatewaySchema(strawberry.Schema):
    fast_paths = False

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.fast_paths:
            fastpath.install_before_wrappers(self)
        # AuditTrail publishes one OperationPerformed per mutation field and admin field; it wraps
        # those root resolvers only, so no other field pays for it.
        AuditTrail.install(graphql_core_schema(self))
        if self.fast_paths:
            fastpath.install_after_wrappers(self)

    def process_errors(self, errors, execution_context=None) -> None:
        """Expected errors are answers, not incidents; ErrorCodes logs the unexpected ones."""

    async def execute(self, *args, allowed_operation_types=None, **kwargs):
        """Subscriptions only stream (websockets go through `stream`): one sent to `execute`,
        a plain HTTP request, is refused as the wrong operation type (400) instead of running
        its source resolver as if it were a query."""
        allowed = set(allowed_operation_types or (OperationType.QUERY, OperationType.MUTATION))
        allowed.discard(OperationType.SUBSCRIPTION)
        return await super().execute(*args, allowed_operation_types=allowed, **kwargs)

    async def stream(self, *args, **kwargs):
        """Subscriptions' results get the same error codes as queries and mutations."""
        result = await super().stream(*args, **kwargs)
        request_id = getattr(kwargs.get("context_value"), "request_id", "-")
        if hasattr(result, "__aiter__"):
            return _formatted_stream(result, request_id)
        return _with_codes(result, request_id)


def _with_codes(result, request_id: str):
    if getattr(result, "errors", None):
        result.errors = [format_error(error, request_id) for error in result.errors]
    return result


async def _formatted_stream(results, request_id: str):
    try:
        async for result in results:
            yield _with_codes(result, request_id)
    except GraphQLSyntaxError as error:
        # The parser cache parses in its own hook, outside the step that would turn a syntax
        # error into the stream's first result: it arrives raised. Answered as an operation
        # error (not as a GraphQLSyntaxError, which the transport answers by closing the
        # socket and every other subscription on it).
        yield PreExecutionError(data=None, errors=[GraphQLError(
            error.message, source=error.source, positions=error.positions,
            extensions={"code": PARSE_FAILED, **(error.extensions or {})},
        )])
    finally:
        await results.aclose()


class FastGatewaySchema(FastPathSchema, GatewaySchema):
    fast_paths = True


def build_schema(
    extensions: Sequence[type[SchemaExtension] | Callable[[], SchemaExtension]] = (), fast_paths: bool | None = None
) -> strawberry.Schema:
    """fast_paths: None follows TALENTGRAPH_FASTPATHS (on by default, see resolvers/fastpath)."""
    use_fast_paths = fastpath.enabled() if fast_paths is None else fast_paths and fastpath.usable()
    schema_class = FastGatewaySchema if use_fast_paths else GatewaySchema
    return schema_class(
        query=merge_types("Query", (Query, ApiKeyQueries, AdminQueries, SelfIdentificationQueries)),
        mutation=Mutation,
        subscription=Subscription,
        types=NODE_TYPES,
        extensions=[*extensions, InputLimits, ErrorCodes],
        scalar_overrides=SCALAR_OVERRIDES,
        # Batches are checked by the HTTP view (gateway/http/view.py) with its own limit and
        # messages; Strawberry only needs to let them through.
        config=StrawberryConfig(batching_config={"max_operations": BATCH_OPERATIONS_PARSED}),
    )


# Building a schema is pure type work (no clients, files or models), so the export
# target may exist at import.
schema = build_schema()
