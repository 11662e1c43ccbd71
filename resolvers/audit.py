"""The one place operations are audited: every mutation field and every admin field publishes
one OperationPerformed event with its outcome; the analytics store keeps it from the bus."""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

from graphql import GraphQLError, GraphQLResolveInfo, GraphQLSchema, OperationType, default_field_resolver
from pydantic import BaseModel
from strawberry.schema.base import BaseSchema
from strawberry.types.base import StrawberryObjectDefinition

from domain.analytics import OK
from domain.errors import DomainError
from domain.events import OperationPerformed

log = logging.getLogger("talentgraph.audit")

ADMIN_PREFIX = "admin"
MAX_TARGETS = 20


def audited(info: GraphQLResolveInfo) -> bool:
    """Root fields of mutations, and root `admin*` fields of queries."""
    if info.path.prev is not None:
        return False
    kind = info.operation.operation
    return kind is OperationType.MUTATION or (
        kind is OperationType.QUERY and info.field_name.startswith(ADMIN_PREFIX)
    )


def audited_operations(schema: BaseSchema) -> frozenset[str]:
    """The names `audited` records: every mutation field and every `admin*` query field.
    Read through Strawberry's public schema API (its graphql-core schema is private)."""
    names: list[str] = []
    for type_name, prefix in (("Mutation", ""), ("Query", ADMIN_PREFIX)):
        definition = schema.get_type_by_name(type_name)
        if not isinstance(definition, StrawberryObjectDefinition):
            continue
        graphql_names = (schema.config.name_converter.from_field(field) for field in definition.fields)
        names += [name for name in graphql_names if name.startswith(prefix)]
    return frozenset(names)


def outcome_of(error: Exception) -> str:
    if isinstance(error, DomainError):
        return error.code
    if isinstance(error, GraphQLError):
        original = error.original_error
        if isinstance(original, DomainError):
            return original.code
        code = (error.extensions or {}).get("code")
        if isinstance(code, str):
            return code
    return "INTERNAL_SERVER_ERROR"


def _argument_ids(value: Any, key: str = "") -> Iterator[str]:
    """IDs the caller named: arguments (and input fields) called `id`, `…Id` or `…Ids`.
    Nothing else is taken from the arguments, so passwords and personal data never land here."""
    if isinstance(value, dict):
        for name, inner in value.items():
            yield from _argument_ids(inner, name)
    elif isinstance(value, (list, tuple)) and key.endswith("Ids"):
        for inner in value:
            if isinstance(inner, str):
                yield inner
    elif isinstance(value, str) and (key == "id" or key.endswith("Id")):
        yield value


def _result_ids(result: Any) -> Iterator[str]:
    """The id of what the operation returned (the new job, the signed-in user, ...)."""
    for candidate in (result, getattr(result, "user", None), getattr(result, "job", None)):
        if isinstance(candidate, BaseModel):
            continue  # a domain object a GraphQL type carries: its id is not the API's ID
        identifier = getattr(candidate, "id", None)
        if isinstance(identifier, str):
            yield identifier


def _targets(arguments: dict[str, Any], result: Any) -> list[str]:
    found = dict.fromkeys([*_argument_ids(arguments), *_result_ids(result)])
    return list(found)[:MAX_TARGETS]


class AuditTrail:
    """Wraps the resolvers of the audited root fields (every Mutation field, every `admin*`
    Query field) once, when the schema is built. Not a SchemaExtension with a `resolve` hook:
    graphql-core would then run that hook around every field of every request, audited or not,
    so a plain search would pay for auditing it never needs."""

    @classmethod
    def install(cls, schema: GraphQLSchema) -> None:
        fields = [*(schema.mutation_type.fields.values() if schema.mutation_type else ())]
        if schema.query_type is not None:
            fields += [f for name, f in schema.query_type.fields.items() if name.startswith(ADMIN_PREFIX)]
        for field in fields:
            if not getattr(field.resolve, "_audited", False):
                field.resolve = cls._audited_resolver(field.resolve or default_field_resolver)

    @classmethod
    def _audited_resolver(cls, resolve: Callable) -> Callable:
        def audited_resolve(root: Any, info: GraphQLResolveInfo, *args: Any, **kwargs: Any) -> Any:
            if not audited(info):
                return resolve(root, info, *args, **kwargs)
            return cls._resolve_audited(resolve, root, info, args, kwargs)

        # A mark on the function object (mypy gives functions no such attribute).
        audited_resolve._audited = True  # type: ignore[attr-defined]
        return audited_resolve

    @classmethod
    async def _resolve_audited(
        cls, _next: Callable, root: Any, info: GraphQLResolveInfo, args: tuple, kwargs: dict
    ) -> Any:
        try:
            result = _next(root, info, *args, **kwargs)
            if hasattr(result, "__await__"):
                result = await result
        except Exception as error:
            await cls._publish(info, kwargs, None, outcome_of(error))
            raise
        await cls._publish(info, kwargs, result, OK)
        return result

    @staticmethod
    async def _publish(info: GraphQLResolveInfo, arguments: dict, result: Any, outcome: str) -> None:
        context = info.context
        # The caller after the operation: sign-in and registration make one.
        viewer = getattr(context, "viewer", None)
        event = OperationPerformed(
            operation=info.field_name,
            outcome=outcome,
            actor_id=viewer.id if viewer else None,
            actor_role=viewer.role.value if viewer else None,
            target_ids=_targets(arguments, result),
            request_id=getattr(context, "request_id", None),
            client_ip=getattr(context, "client_ip", None),
        )
        try:
            await context.services.events.publish(event)
        except Exception:  # the operation's own outcome stands; the failure is an incident
            log.exception("could not publish the audit event for %s", info.field_name)
