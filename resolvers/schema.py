"""The served schema. `strawberry export-schema resolvers.schema:schema` prints it."""
from __future__ import annotations

from collections.abc import Sequence

import strawberry
from strawberry.extensions import SchemaExtension
from strawberry.tools import merge_types

from resolvers.errors import ErrorCodes
from resolvers.mutations.accounts import AccountMutations
from resolvers.mutations.applications import ApplicationMutations
from resolvers.mutations.jobs import JobMutations
from resolvers.mutations.resumes import ResumeMutations
from resolvers.queries import Query
from resolvers.subscriptions import Subscription
from resolvers.types.application import ApplicationType
from resolvers.types.job import JobType
from resolvers.types.match import MatchType
from resolvers.types.organization import OrganizationType
from resolvers.types.resume import ResumeType
from resolvers.types.user import UserType

Mutation = merge_types("Mutation", (AccountMutations, ResumeMutations, JobMutations, ApplicationMutations))

NODE_TYPES = [UserType, OrganizationType, JobType, ResumeType, MatchType, ApplicationType]


class GatewaySchema(strawberry.Schema):
    def process_errors(self, errors, execution_context=None) -> None:
        """Expected errors are answers, not incidents; ErrorCodes logs the unexpected ones."""


def build_schema(extensions: Sequence[type[SchemaExtension] | SchemaExtension] = ()) -> strawberry.Schema:
    return GatewaySchema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        types=NODE_TYPES,
        extensions=[*extensions, ErrorCodes],
    )


# Building a schema is pure type work (no clients, files or models), so the export
# target may exist at import.
schema = build_schema()
