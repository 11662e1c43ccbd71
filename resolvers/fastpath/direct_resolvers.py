"""Resolvers that carry no permission or field extension and answer no error union are called
directly.

For such a field Strawberry's wrapper looks each argument's GraphQL name up again (camel-casing
it), folds an empty chain of field extensions and works out the resolver's parameters, on every
call; a search page calls `Job.organization` twenty times and every request converts its root
field's arguments. The direct call passes exactly what Strawberry would (`self` as the source,
`info` as Strawberry's Info, each given argument converted by Strawberry's own
`convert_argument` under its Python name), with the names and parameters worked out once, at
build. Schema extensions' `resolve` hooks still wrap it (graphql-core middleware)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graphql import GraphQLObjectType, GraphQLSchema
from strawberry.relay.types import GlobalID
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.arguments import _is_leaf_type, convert_argument
from strawberry.types.base import StrawberryMaybe, StrawberryOptional

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
                field.resolve = _direct(definition, info_class, converter)


def _direct_call_is_equivalent(field: Any, definition: Any) -> bool:
    resolver = definition.base_resolver
    return (
        resolver is not None
        and getattr(field.resolve, "__name__", None) in _STRAWBERRY_WRAPPERS
        and not definition.extensions
        and not definition.is_subscription
        and resolver.root_parameter is None
        and resolver.parent_parameter is None
    )


def _direct(definition: Any, info_class: type, converter: Any) -> Callable[..., Any]:
    resolver = definition.base_resolver
    function = resolver.wrapped_func
    info_name = resolver.info_parameter.name if resolver.info_parameter is not None else None
    takes_self = resolver.self_parameter is not None
    config, scalars = converter.config, converter.scalar_registry
    # (GraphQL name, Python name, Strawberry type) per argument, as convert_arguments finds them.
    arguments = [
        (config.name_converter.from_argument(argument), argument.python_name, argument.type)
        for argument in definition.arguments
    ]
    # Arguments whose values convert_argument returns unchanged (scalars, enums, optional or
    # not) are passed as they come; only the others go through it.
    unchanged = {name for name, _, type_ in arguments if _passes_through(type_, scalars)}

    if not arguments:
        return _without_arguments(function, info_name, takes_self, definition, info_class)

    def resolve(source: Any, info: Any, **given: Any) -> Any:
        strawberry_info = info_class(_raw_info=info, _field=definition)
        kwargs = {
            python_name: given[name] if name in unchanged else convert_argument(
                given[name], type_, scalar_registry=scalars, config=config, info=strawberry_info, path=(name,)
            )
            for name, python_name, type_ in arguments
            if name in given
        }
        if info_name is not None:
            kwargs[info_name] = strawberry_info
        return function(source, **kwargs) if takes_self else function(**kwargs)

    resolve._is_default = False  # type: ignore[attr-defined]  # tracing spans it like any resolver
    return resolve


def _passes_through(type_: Any, scalars: Any) -> bool:
    """Whether Strawberry's convert_argument gives values of this type back as they are."""
    if isinstance(type_, StrawberryMaybe):
        return False
    if isinstance(type_, StrawberryOptional):
        type_ = type_.of_type
    return type_ is not GlobalID and _is_leaf_type(type_, scalars)


def _without_arguments(
    function: Callable[..., Any], info_name: str | None, takes_self: bool, definition: Any, info_class: type
) -> Callable[..., Any]:
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
