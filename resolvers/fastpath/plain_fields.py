"""Plain fields (no resolver, no permission, no extension) read their attribute in one call.

Strawberry resolves such a field through four calls of its own for what is one attribute
read; a search page has a hundred of them. This gives each one the same read, directly:
what Strawberry would call (`config.default_resolver(source, python_name)`), once, at build.
Strawberry keeps building and validating the schema; only these resolvers are swapped."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graphql import GraphQLObjectType, GraphQLSchema
from strawberry.schema.schema_converter import GraphQLCoreConverter

_DEFINITION = GraphQLCoreConverter.DEFINITION_BACKREF


def read_plain_fields_directly(schema: GraphQLSchema, default_resolver: Callable[[Any, str], Any]) -> None:
    for graphql_type in schema.type_map.values():
        if not isinstance(graphql_type, GraphQLObjectType) or graphql_type.name.startswith("__"):
            continue
        for field in graphql_type.fields.values():
            definition = (field.extensions or {}).get(_DEFINITION)
            if (
                definition is None
                or not getattr(field.resolve, "_is_default", False)
                or not definition.is_basic_field
                or definition.is_subscription
                or definition.python_name is None
            ):
                continue
            field.resolve = _reader(default_resolver, definition.python_name)


def _reader(default_resolver: Callable[[Any, str], Any], name: str) -> Callable[..., Any]:
    if default_resolver is getattr:
        def read(source: Any, _info: Any, **_arguments: Any) -> Any:
            return getattr(source, name)
    else:
        def read(source: Any, _info: Any, **_arguments: Any) -> Any:
            return default_resolver(source, name)

    read._is_default = True  # type: ignore[attr-defined]  # tracing skips default resolvers
    return read
