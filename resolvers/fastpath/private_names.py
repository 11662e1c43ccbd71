"""Every name the gateway uses that Strawberry does not promise to keep, with a check that this
Strawberry still has it. The fast paths are built only when all of theirs are present;
tests/unit/test_fastpath_private_names.py fails naming any that an upgrade removed."""
from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PrivateName:
    name: str
    where: str
    used_by: str
    present: Callable[[], bool]
    # False for the one name the gateway needs even with the fast paths off.
    fast_path_only: bool = True


@functools.cache
def _probe_schema() -> Any:
    """A two-field schema built by this Strawberry, to look its wrappers and attributes up."""
    import strawberry

    @strawberry.type
    class Query:
        plain: int = 1

        @strawberry.field
        def called(self) -> int:
            return 1

        @strawberry.field
        async def awaited(self) -> int:
            return 1

    return strawberry.Schema(query=Query)


def _core_field(name: str) -> Any:
    return _probe_schema()._schema.query_type.fields[name]


def _module_has(module: str, name: str) -> Callable[[], bool]:
    def present() -> bool:
        import importlib

        return hasattr(importlib.import_module(module), name)

    return present


def _info_takes_raw_info_and_field() -> bool:
    from strawberry.types.info import Info

    return {"_raw_info", "_field"} <= {field.name for field in dataclasses.fields(Info)}


def _converter_has_exception_handler_specs() -> bool:
    return hasattr(_probe_schema().schema_converter, "_exception_handler_specs")


def _wrapper_named(field: str, name: str) -> Callable[[], bool]:
    return lambda: getattr(_core_field(field).resolve, "__name__", None) == name


def _default_resolver_marked() -> bool:
    from strawberry.resolvers import is_default_resolver

    resolve = _core_field("plain").resolve
    return getattr(resolve, "_is_default", None) is True and is_default_resolver(resolve)


def _schema_has(name: str) -> Callable[[], bool]:
    def present() -> bool:
        import strawberry

        return callable(getattr(strawberry.Schema, name, None))

    return present


def _extension_has_implements_resolve() -> bool:
    from strawberry.extensions import SchemaExtension

    return callable(getattr(SchemaExtension, "_implements_resolve", None))


def _runner_has_phases() -> bool:
    from strawberry.extensions.runner import SchemaExtensionsRunner

    return all(
        callable(getattr(SchemaExtensionsRunner, name, None))
        for name in ("operation", "validation", "parsing", "executing", "get_extensions_results")
    )


def _definition_backref() -> bool:
    from strawberry.schema.schema_converter import GraphQLCoreConverter

    backref = getattr(GraphQLCoreConverter, "DEFINITION_BACKREF", None)
    return backref is not None and backref in (_core_field("called").extensions or {})


def _core_schema_attribute() -> bool:
    from graphql import GraphQLSchema

    return isinstance(getattr(_probe_schema(), "_schema", None), GraphQLSchema)


PRIVATE_NAMES: tuple[PrivateName, ...] = (
    PrivateName("_is_leaf_type", "strawberry.types.arguments", "direct_resolvers",
                _module_has("strawberry.types.arguments", "_is_leaf_type")),
    PrivateName("Info(_raw_info=, _field=)", "strawberry.types.info.Info", "direct_resolvers",
                _info_takes_raw_info_and_field),
    PrivateName("_exception_handler_specs", "GraphQLCoreConverter instance", "direct_resolvers",
                _converter_has_exception_handler_specs),
    PrivateName("_resolver", "Strawberry's sync field wrapper", "direct_resolvers",
                _wrapper_named("called", "_resolver")),
    PrivateName("_async_resolver", "Strawberry's async field wrapper", "direct_resolvers",
                _wrapper_named("awaited", "_async_resolver")),
    PrivateName("_is_default", "default field resolver marker", "plain_fields, direct_resolvers",
                _default_resolver_marked),
    PrivateName("DEFINITION_BACKREF", "GraphQLCoreConverter", "direct_resolvers, plain_fields", _definition_backref),
    PrivateName("_get_middleware_manager", "strawberry.Schema", "schema.FastPathSchema",
                _schema_has("_get_middleware_manager")),
    PrivateName("_implements_resolve", "strawberry.extensions.SchemaExtension", "schema.FastPathSchema",
                _extension_has_implements_resolve),
    PrivateName("create_extensions_runner", "strawberry.Schema", "schema.FastPathSchema",
                _schema_has("create_extensions_runner")),
    PrivateName("SchemaExtensionsRunner phases", "strawberry.extensions.runner", "extension_phases",
                _runner_has_phases),
    # The graphql-core schema behind Strawberry's: the audit trail, sensitive-field limits and
    # cost checks wrap and read its fields. Strawberry offers no public accessor.
    PrivateName("Schema._schema", "strawberry.Schema", "graphql_core_schema()", _core_schema_attribute,
                fast_path_only=False),
)


def missing_private_names(fast_path_only: bool = True) -> list[str]:
    """The names this Strawberry no longer has (a check that raises counts as missing)."""
    missing = []
    for private in PRIVATE_NAMES:
        if fast_path_only and not private.fast_path_only:
            continue
        try:
            present = private.present()
        except Exception:  # noqa: BLE001 - a check that cannot run means the name moved
            present = False
        if not present:
            missing.append(f"{private.where}.{private.name}")
    return missing
