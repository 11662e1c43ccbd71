"""The served schema. `strawberry export-schema resolvers.schema:schema` prints it."""
from __future__ import annotations

from collections.abc import Sequence

import strawberry
from strawberry.extensions import SchemaExtension
from strawberry.tools import merge_types
from strawberry.types.graphql import OperationType

from resolvers.admin import AdminMutations, AdminQueries
from resolvers.audit import AuditTrail
from resolvers.bounded_inputs import InputLimits
from resolvers.fastpath.direct_resolvers import call_resolvers_directly
from resolvers.errors import ErrorCodes, format_error
from resolvers.fastpath.extension_phases import PlannedExtensionsRunner
from resolvers.mutations.accounts import AccountMutations
from resolvers.mutations.api_keys import ApiKeyMutations, ApiKeyQueries
from resolvers.mutations.applications import ApplicationMutations
from resolvers.mutations.channels import ChannelMutations
from resolvers.mutations.direct_uploads import DirectUploadMutations
from resolvers.mutations.jobs import JobMutations
from resolvers.mutations.resumes import ResumeMutations
from resolvers.mutations.self_identification import SelfIdentificationMutations, SelfIdentificationQueries
from resolvers.fastpath.plain_fields import read_plain_fields_directly
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
     ApiKeyMutations, AdminMutations, ChannelMutations, SelfIdentificationMutations)
)

NODE_TYPES = [UserType, OrganizationType, JobType, ResumeType, MatchType, ApplicationType]


class GatewaySchema(strawberry.Schema):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        call_resolvers_directly(self._schema, self.schema_converter, self.config.info_class)
        # AuditTrail publishes one OperationPerformed per mutation field and admin field; it wraps
        # those root resolvers only, so no other field pays for it.
        AuditTrail.install(self._schema)
        read_plain_fields_directly(self._schema, self.config.default_resolver)

    def create_extensions_runner(self, execution_context, extensions):
        return PlannedExtensionsRunner(execution_context=execution_context, extensions=extensions)

    def _get_middleware_manager(self, extensions):
        # No middleware at all when no extension wraps resolvers: graphql-core then calls each
        # field's resolver as it is, instead of asking an empty manager for it on every field.
        if not any(extension._implements_resolve() for extension in extensions):
            return None
        return super()._get_middleware_manager(extensions)

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
    finally:
        await results.aclose()


def build_schema(extensions: Sequence[type[SchemaExtension] | SchemaExtension] = ()) -> strawberry.Schema:
    return GatewaySchema(
        query=merge_types("Query", (Query, ApiKeyQueries, AdminQueries, SelfIdentificationQueries)),
        mutation=Mutation,
        subscription=Subscription,
        types=NODE_TYPES,
        extensions=[*extensions, InputLimits, ErrorCodes],
        scalar_overrides=SCALAR_OVERRIDES,
    )


# Building a schema is pure type work (no clients, files or models), so the export
# target may exist at import.
schema = build_schema()
