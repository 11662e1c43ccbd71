"""A static cost estimate of an operation, before it runs: every field costs 1, and a field
taking `first` (or `last`) multiplies what is selected beneath it by that count, so
`searchJobs(first: 20) { edges { node { ... } } }` costs about 20 times its node."""
from __future__ import annotations

from collections import OrderedDict
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    get_named_type,
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
    schema: GraphQLSchema, parent: Any, selection_set: SelectionSetNode | None,
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
    schema: GraphQLSchema, parent: Any, node: FieldNode, fragments: dict[str, FragmentDefinitionNode],
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
    for argument_name in PAGE_ARGUMENTS:
        argument = definition.args.get(argument_name)
        if argument is None:
            continue
        given = next((a for a in node.arguments or () if a.name.value == argument_name), None)
        value = value_from_ast(given.value, argument.type, variables) if given is not None else None
        if value is None and given is None:
            value = argument.default_value if isinstance(argument.default_value, int) else None
        if isinstance(value, int) and value > 0:
            return value
        return DEFAULT_LIST_SIZE
    return 1


def operation_and_fragments(
    document: Any, operation_name: str | None
) -> tuple[OperationDefinitionNode | None, dict[str, FragmentDefinitionNode]]:
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    if operation_name:
        chosen = next((o for o in operations if o.name and o.name.value == operation_name), None)
    else:
        chosen = operations[0] if len(operations) == 1 else None
    return chosen, fragments


class CostEstimates:
    """The chosen operation and its cost, remembered per document text, operation name and
    integer variables: a page size can only come from an Int, so no other variable changes
    the estimate. Clients send the same few documents again and again."""

    def __init__(self, maxsize: int = 1024) -> None:
        self._maxsize = maxsize
        self._known: OrderedDict[tuple, tuple[OperationDefinitionNode | None, int | None]] = OrderedDict()

    def estimate(
        self, schema: GraphQLSchema, query: str | None, document: Any, operation_name: str | None,
        variables: dict[str, Any] | None,
    ) -> tuple[OperationDefinitionNode | None, int | None]:
        """(operation, cost); cost is None without a single chosen operation. Raises what
        estimate_cost raises on bad variables (never remembered)."""
        key = None
        if query is not None:
            ints = tuple(sorted((k, v) for k, v in (variables or {}).items() if isinstance(v, int)))
            key = (query, operation_name, ints)
            known = self._known.get(key)
            if known is not None:
                self._known.move_to_end(key)
                return known
        operation, fragments = operation_and_fragments(document, operation_name)
        cost = estimate_cost(schema, operation, fragments, variables) if operation is not None else None
        if key is not None:
            self._known[key] = (operation, cost)
            if len(self._known) > self._maxsize:
                self._known.popitem(last=False)
        return operation, cost


__all__ = ["estimate_cost", "operation_and_fragments", "CostEstimates", "GraphQLObjectType"]
