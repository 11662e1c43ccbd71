"""Every String and ID an operation sends, literal or by variable, checked against
`resolvers.input_limits` before anything runs: one too long (or a control character in a
single line) answers BAD_USER_INPUT naming the field, and nothing executes.

The operation's arguments are walked (through fragments) with each argument's declared type,
so the coordinate is the schema's whatever a variable is called. The walk is done once per
parsed document (the parser cache hands back the same document for the same text): it checks
the literals and lists where each variable is used; a request then checks only its variables."""
from __future__ import annotations

import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    InlineFragmentNode,
    ListValueNode,
    ObjectValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    StringValueNode,
    VariableNode,
)
from graphql import ExecutionResult as GraphQLExecutionResult
from graphql.utilities import get_operation_ast
from strawberry.extensions import SchemaExtension

from domain.errors import BadUserInput
from resolvers.core_schema import graphql_core_schema
from resolvers.input_limits import check_count, check_text, limit_for

_TEXT_TYPES = ("String", "ID")


@dataclass(frozen=True)
class VariableUse:
    name: str
    type: Any  # the type where it is used, which decides the coordinate
    coordinate: str
    default_problem: BadUserInput | None  # what the variable's default breaks, if it is not sent


@dataclass(frozen=True)
class Plan:
    literal_problem: BadUserInput | None
    variable_uses: tuple[VariableUse, ...]

    def check(self, variables: dict[str, Any]) -> None:
        if self.literal_problem is not None:
            raise self.literal_problem
        for use in self.variable_uses:
            if use.name in variables:
                check_value(variables[use.name], use.type, use.coordinate)
            elif use.default_problem is not None:
                raise use.default_problem


class InputLimits(SchemaExtension):
    # Plans by document identity (graphql-core hashes a document by walking all of it), then
    # by schema and operation name; an entry goes when its document does (the parser cache
    # dropped it).
    _plans: dict[int, tuple[weakref.ref, dict[tuple[int, str | None], Plan]]] = {}

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        document = context.graphql_document
        if context.result is None and document is not None:
            try:
                plan = self._plan(graphql_core_schema(context.schema), document, context.operation_name)
                plan.check(context.variables or {})
            except BadUserInput as refused:
                context.result = GraphQLExecutionResult(
                    data=None, errors=[GraphQLError(refused.message, original_error=refused)]
                )
        yield

    @classmethod
    def _plan(cls, schema: Any, document: DocumentNode, operation_name: str | None) -> Plan:
        entry = cls._plans.get(id(document))
        if entry is None or entry[0]() is not document:
            entry = (weakref.ref(document, partial(_forget, cls._plans, id(document))), {})
            cls._plans[id(document)] = entry
        per_operation = entry[1]
        key = (id(schema), operation_name)
        plan = per_operation.get(key)
        if plan is None:
            operation = get_operation_ast(document, operation_name)
            # None selected (several and no name): plan them all rather than none.
            operations = [operation] if operation is not None else [
                definition for definition in document.definitions if isinstance(definition, OperationDefinitionNode)
            ]
            plans = [_Planner(schema, document, each).plan() for each in operations]
            plan = Plan(
                next((each.literal_problem for each in plans if each.literal_problem), None),
                tuple(use for each in plans for use in each.variable_uses),
            )
            per_operation[key] = plan
        return plan


def _forget(plans: dict, key: int, gone: weakref.ref) -> None:
    if key in plans and plans[key][0] is gone:  # not a newer document that got the same id
        del plans[key]


class _Planner:
    def __init__(self, schema: Any, document: DocumentNode, operation: OperationDefinitionNode) -> None:
        self.schema = schema
        self.operation = operation
        self.defaults = {
            definition.variable.name.value: definition.default_value
            for definition in operation.variable_definitions or ()
        }
        self.fragments = {
            definition.name.value: definition
            for definition in document.definitions if isinstance(definition, FragmentDefinitionNode)
        }
        self.seen_fragments: set[str] = set()
        self.uses: list[VariableUse] = []

    def plan(self) -> Plan:
        root = self.schema.get_root_type(self.operation.operation)
        try:
            if root is not None:
                self.selections(root, self.operation.selection_set)
        except BadUserInput as problem:
            return Plan(problem, ())
        return Plan(None, tuple(self.uses))

    def selections(self, parent: Any, selection_set: SelectionSetNode | None) -> None:
        for selection in selection_set.selections if selection_set else ():
            if isinstance(selection, FieldNode):
                self.field(parent, selection)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                self.selections(self.schema.get_type(condition.name.value) if condition else parent,
                                selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode) and selection.name.value not in self.seen_fragments:
                self.seen_fragments.add(selection.name.value)
                fragment = self.fragments.get(selection.name.value)
                if fragment is not None:
                    self.selections(self.schema.get_type(fragment.type_condition.name.value), fragment.selection_set)

    def field(self, parent: Any, node: FieldNode) -> None:
        definition = getattr(parent, "fields", {}).get(node.name.value)
        if definition is None:  # __typename, introspection, or a union's own selection
            return
        for argument in node.arguments or ():
            declared = definition.args.get(argument.name.value)
            if declared is not None:
                self.literal(argument.value, declared.type, f"{parent.name}.{node.name.value}({argument.name.value}:)")
        if node.selection_set is not None:
            self.selections(_named(definition.type), node.selection_set)

    def literal(self, node: Any, type_: Any, coordinate: str) -> None:
        if isinstance(node, VariableNode):
            name = node.name.value
            default = self.defaults.get(name)
            default_problem = None
            if default is not None:
                try:
                    self.literal(default, type_, coordinate)
                except BadUserInput as problem:
                    default_problem = problem
            self.uses.append(VariableUse(name, type_, coordinate, default_problem))
        elif isinstance(type_, GraphQLNonNull):
            self.literal(node, type_.of_type, coordinate)
        elif isinstance(type_, GraphQLList):
            items = node.values if isinstance(node, ListValueNode) else (node,)
            check_count(len(items), coordinate, limit_for(coordinate, _named(type_).name))
            for item in items:
                self.literal(item, type_.of_type, coordinate)
        elif isinstance(type_, GraphQLInputObjectType) and isinstance(node, ObjectValueNode):
            for field in node.fields:
                declared = type_.fields.get(field.name.value)
                if declared is not None:
                    self.literal(field.value, declared.type, f"{type_.name}.{field.name.value}")
        elif _is_text(type_) and isinstance(node, StringValueNode):
            check_text(node.value, coordinate, limit_for(coordinate, type_.name))


def check_value(value: Any, type_: Any, coordinate: str) -> None:
    """A variable's value as the client sent it (JSON), before coercion."""
    if isinstance(type_, GraphQLNonNull):
        check_value(value, type_.of_type, coordinate)
    elif isinstance(type_, GraphQLList):
        items = value if isinstance(value, list) else (value,)
        check_count(len(items), coordinate, limit_for(coordinate, _named(type_).name))
        for item in items:
            check_value(item, type_.of_type, coordinate)
    elif isinstance(type_, GraphQLInputObjectType) and isinstance(value, dict):
        for name, item in value.items():
            declared = type_.fields.get(name)
            if declared is not None:
                check_value(item, declared.type, f"{type_.name}.{name}")
    elif _is_text(type_) and isinstance(value, str):
        check_text(value, coordinate, limit_for(coordinate, type_.name))


def _named(type_: Any) -> Any:
    while isinstance(type_, (GraphQLNonNull, GraphQLList)):
        type_ = type_.of_type
    return type_


def _is_text(type_: Any) -> bool:
    return isinstance(type_, GraphQLScalarType) and type_.name in _TEXT_TYPES
