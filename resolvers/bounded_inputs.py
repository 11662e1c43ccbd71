"""Every String and ID an operation sends, literal or by variable, checked against
`resolvers.input_limits` before anything runs: one too long (or a control character in a
single line) answers BAD_USER_INPUT naming the field, and nothing executes.

It walks the selected operation's arguments (through fragments) with the argument's declared
type, so the coordinate is that of the schema whatever the variable is called."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graphql import (
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
from resolvers.input_limits import check_count, check_text, limit_for

_TEXT_TYPES = ("String", "ID")


class InputLimits(SchemaExtension):
    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        document = context.graphql_document
        if context.result is None and document is not None:
            operation = get_operation_ast(document, context.operation_name)
            if operation is not None:
                try:
                    _Walk(context.schema._schema, document, operation, context.variables or {}).operation()
                except BadUserInput as refused:
                    context.result = GraphQLExecutionResult(
                        data=None, errors=[GraphQLError(refused.message, original_error=refused)]
                    )
        yield


class _Walk:
    def __init__(self, schema: Any, document: Any, operation: OperationDefinitionNode, variables: dict) -> None:
        self.schema = schema
        self.variables = variables
        self.defaults = {
            definition.variable.name.value: definition.default_value
            for definition in operation.variable_definitions or ()
        }
        self.fragments = {
            definition.name.value: definition
            for definition in document.definitions if isinstance(definition, FragmentDefinitionNode)
        }
        self.seen_fragments: set[str] = set()
        self.root = schema.get_root_type(operation.operation)
        self.selection_set = operation.selection_set

    def operation(self) -> None:
        if self.root is not None:
            self.selections(self.root, self.selection_set)

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
                coordinate = f"{parent.name}.{node.name.value}({argument.name.value}:)"
                self.literal(argument.value, declared.type, coordinate)
        if node.selection_set is not None:
            self.selections(_named(definition.type), node.selection_set)

    def literal(self, node: Any, type_: Any, coordinate: str) -> None:
        if isinstance(node, VariableNode):
            name = node.name.value
            if name in self.variables:
                self.value(self.variables[name], type_, coordinate)
            elif self.defaults.get(name) is not None:
                self.literal(self.defaults[name], type_, coordinate)
            return
        if isinstance(type_, GraphQLNonNull):
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

    def value(self, value: Any, type_: Any, coordinate: str) -> None:
        """A variable's value as the client sent it (JSON), before coercion."""
        if isinstance(type_, GraphQLNonNull):
            self.value(value, type_.of_type, coordinate)
        elif isinstance(type_, GraphQLList):
            items = value if isinstance(value, list) else (value,)
            check_count(len(items), coordinate, limit_for(coordinate, _named(type_).name))
            for item in items:
                self.value(item, type_.of_type, coordinate)
        elif isinstance(type_, GraphQLInputObjectType) and isinstance(value, dict):
            for name, item in value.items():
                declared = type_.fields.get(name)
                if declared is not None:
                    self.value(item, declared.type, f"{type_.name}.{name}")
        elif _is_text(type_) and isinstance(value, str):
            check_text(value, coordinate, limit_for(coordinate, type_.name))


def _named(type_: Any) -> Any:
    while isinstance(type_, (GraphQLNonNull, GraphQLList)):
        type_ = type_.of_type
    return type_


def _is_text(type_: Any) -> bool:
    return isinstance(type_, GraphQLScalarType) and type_.name in _TEXT_TYPES
