"""A static cost estimate of an operation, before it runs: every field costs 1, and a field
taking `first` (or `last`) multiplies what is selected beneath it by that count, so
`searchJobs(first: 20) { edges { node { ... } } }` costs about 20 times its node."""
from __future__ import annotations

from collections import OrderedDict
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLNamedType,
    GraphQLSchema,
    InlineFragmentNode,
    NamedTypeNode,
    NonNullTypeNode,
    OperationDefinitionNode,
    SelectionSetNode,
    Undefined,
    get_named_type,
    get_variable_values,
    is_composite_type,
    value_from_ast,
)
from graphql.type.definition import GraphQLField, GraphQLObjectType

PAGE_ARGUMENTS = ("first", "last")
DEFAULT_LIST_SIZE = 20  # a paged field without a page size and without a default


def estimate_cost(
    schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: dict[str, FragmentDefinitionNode],
    variables: dict[str, Any] | None,
) -> int:
    root = schema.get_root_type(operation.operation)
    if root is None:
        return 0
    return _selection_cost(schema, root, operation.selection_set, fragments, variables or {})


def _selection_cost(
    schema: GraphQLSchema, parent: GraphQLNamedType, selection_set: SelectionSetNode | None,
    fragments: dict[str, FragmentDefinitionNode], variables: dict[str, Any],
) -> int:
    if selection_set is None:
        return 0
    total = 0
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            total += _field_cost(schema, parent, selection, fragments, variables)
        elif isinstance(selection, InlineFragmentNode):
            target = schema.get_type(selection.type_condition.name.value) if selection.type_condition else parent
            total += _selection_cost(schema, target or parent, selection.selection_set, fragments, variables)
        elif isinstance(selection, FragmentSpreadNode):
            fragment = fragments.get(selection.name.value)
            if fragment is not None:
                target = schema.get_type(fragment.type_condition.name.value) or parent
                total += _selection_cost(schema, target, fragment.selection_set, fragments, variables)
    return total


def _field_cost(
    schema: GraphQLSchema, parent: GraphQLNamedType, node: FieldNode, fragments: dict[str, FragmentDefinitionNode],
    variables: dict[str, Any],
) -> int:
    name = node.name.value
    fields = getattr(parent, "fields", None)
    definition: GraphQLField | None = fields.get(name) if isinstance(fields, dict) else None
    if definition is None:  # __typename and introspection meta fields
        return 1
    child_type = get_named_type(definition.type)
    children = 0
    if node.selection_set is not None and is_composite_type(child_type):
        children = _selection_cost(schema, child_type, node.selection_set, fragments, variables)
    return 1 + _page_size(definition, node, variables) * children


def _page_size(definition: GraphQLField, node: FieldNode, variables: dict[str, Any]) -> int:
    """The largest page size the field may return: the page arguments given (literals or
    variables, as coerced), else their defaults, as execution will see them."""
    given: list[Any] = []
    defaults: list[Any] = []
    for argument_name in PAGE_ARGUMENTS:
        argument = definition.args.get(argument_name)
        if argument is None:
            continue
        literal = next((a for a in node.arguments or () if a.name.value == argument_name), None)
        # A variable the request leaves out is Undefined: execution then uses the argument's default.
        value = value_from_ast(literal.value, argument.type, variables) if literal is not None else Undefined
        (defaults if value is Undefined else given).append(argument.default_value if value is Undefined else value)
    if not given and not defaults:
        return 1
    sizes = [v for v in given if _positive_int(v)] or [v for v in defaults if _positive_int(v)]
    return max(sizes) if sizes else DEFAULT_LIST_SIZE


def _positive_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def coerced_variables(
    schema: GraphQLSchema, operation: OperationDefinitionNode, variables: dict[str, Any] | None
) -> dict[str, Any]:
    """The variables as execution will see them (defaults filled in, 100.0 given for an Int made
    100); raises the first GraphQLError when they do not fit the definitions."""
    coerced = get_variable_values(schema, operation.variable_definitions or (), variables or {})
    if isinstance(coerced, list):
        raise coerced[0]
    return coerced.coerced


def operation_and_fragments(
    document: DocumentNode, operation_name: str | None
) -> tuple[OperationDefinitionNode | None, dict[str, FragmentDefinitionNode]]:
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    if operation_name:
        chosen = next((o for o in operations if o.name and o.name.value == operation_name), None)
    else:
        chosen = operations[0] if len(operations) == 1 else None
    return chosen, fragments


class CostEstimates:
    """The cost of an operation, remembered per document text, operation name and the coerced
    value of each Int variable. Page sizes are the only variable part of an estimate, and a
    validated document can give a page argument only an Int variable; coercion makes the key
    what execution will use (defaults filled in, 100.0 made 100), so no request can reuse an
    estimate made for other page sizes. Clients send the same few documents again and again."""

    def __init__(self, maxsize: int = 1024) -> None:
        self._maxsize = maxsize
        self._known: OrderedDict[tuple, int] = OrderedDict()

    def estimate(
        self, schema: GraphQLSchema, query: str | None, document: DocumentNode, operation_name: str | None,
        variables: dict[str, Any] | None,
    ) -> tuple[OperationDefinitionNode, int] | None:
        """(operation, cost), or None without a single chosen operation. Raises a GraphQLError
        on variables that do not fit (never remembered)."""
        operation, fragments = operation_and_fragments(document, operation_name)
        if operation is None:
            return None
        coerced = coerced_variables(schema, operation, variables)
        key = None
        if query is not None:
            ints = tuple(sorted(
                (name, coerced.get(name)) for name in _int_variable_names(operation)
            ))
            key = (query, operation_name, ints)
            known = self._known.get(key)
            if known is not None:
                self._known.move_to_end(key)
                return operation, known
        cost = estimate_cost(schema, operation, fragments, coerced)
        if key is not None:
            self._known[key] = cost
            if len(self._known) > self._maxsize:
                self._known.popitem(last=False)
        return operation, cost


def _int_variable_names(operation: OperationDefinitionNode) -> list[str]:
    names = []
    for definition in operation.variable_definitions or ():
        type_node = definition.type
        while isinstance(type_node, NonNullTypeNode):
            type_node = type_node.type
        if isinstance(type_node, NamedTypeNode) and type_node.name.value == "Int":
            names.append(definition.variable.name.value)
    return names


__all__ = ["estimate_cost", "coerced_variables", "operation_and_fragments", "CostEstimates", "GraphQLObjectType"]
