"""Resolvers that take no GraphQL arguments (only `self` and/or `info`), carry no permission
or field extension, and answer no error union are called directly.

For such a field Strawberry's wrapper converts an empty argument list, folds an empty chain
of field extensions and looks the resolver's parameters up again, on every call; a search
page calls `Job.organization` twenty times. The direct call passes exactly what Strawberry
would (`self` as the source, `info` as Strawberry's Info), worked out once, at build.
Schema extensions' `resolve` hooks still wrap it (graphql-core middleware)."""
from __future__ import annotations

from typing import Any, Callable

from graphql import GraphQLObjectType, GraphQLSchema
from strawberry.schema.schema_converter import GraphQLCoreConverter

_DEFINITION = GraphQLCoreConverter.DEFINITION_BACKREF
_STRAWBERRY_WRAPPERS = ("_resolver", "_async_resolver")


def call_resolvers_directly(schema: GraphQLSchema, converter: Any, info_class: type) -> None:
    if getattr(converter, "_exception_handler_specs", None):
        return  # error unions need Strawberry's exception handling around every resolver
    for graphql_type in schema.type_map.values():
        if not isinstance(graphql_type, GraphQLObjectType) or graphql_type.name.startswith("__"):
            continue
        for field in graphql_type.fields.values():
            definition = (field.extensions or {}).get(_DEFINITION)
            if definition is not None and _direct_call_is_equivalent(field, definition):
                field.resolve = _direct(definition, info_class)


def _direct_call_is_equivalent(field: Any, definition: Any) -> bool:
    resolver = definition.base_resolver
    return (
        resolver is not None
        and getattr(field.resolve, "__name__", None) in _STRAWBERRY_WRAPPERS
        and not definition.extensions
        and not definition.arguments
        and not definition.is_subscription
        and resolver.root_parameter is None
        and resolver.parent_parameter is None
    )


def _direct(definition: Any, info_class: type) -> Callable[..., Any]:
    resolver = definition.base_resolver
    function = resolver.wrapped_func
    info_name = resolver.info_parameter.name if resolver.info_parameter is not None else None
    takes_self = resolver.self_parameter is not None

    if takes_self and info_name is not None:
        def resolve(source: Any, info: Any) -> Any:
            return function(source, **{info_name: info_class(_raw_info=info, _field=definition)})
    elif takes_self:
        def resolve(source: Any, info: Any) -> Any:
            return function(source)
    elif info_name is not None:
        def resolve(source: Any, info: Any) -> Any:
            return function(**{info_name: info_class(_raw_info=info, _field=definition)})
    else:
        def resolve(source: Any, info: Any) -> Any:
            return function()

    resolve._is_default = False  # type: ignore[attr-defined]  # tracing spans it like any resolver
    return resolve
