"""What the fuzzer sends: operations hypothesis-graphql generates from the served schema, valid
and invalid, as inline literals or as variables, as subscriptions, and inside broken envelopes."""
from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import graphql
from hypothesis import strategies as st
from hypothesis_graphql import Mode, from_schema, queries

from tests.fuzz.values import WRONG_VARIABLE_VALUES, KnownValues, custom_scalars


@dataclass(frozen=True)
class Operation:
    """One request. `transport`: post (JSON body), get (query string), ws (a subscription over the
    websocket) or raw (the body and content type as given, for broken envelopes)."""

    kind: str
    query: str
    variables: dict[str, Any] | None = None
    transport: str = "post"
    raw_body: bytes | None = None
    content_type: str = "application/json"
    multipart: dict[str, Any] | None = field(default=None, hash=False)

    def describe(self) -> str:
        shown = _short(self.query, 4000) if self.transport != "raw" else "(the body below)"
        lines = [f"[{self.kind} via {self.transport}]", shown]
        if self.variables:
            lines.append("variables: " + _short(json.dumps(self.variables, default=str)))
        if self.raw_body is not None:
            lines.append(f"body ({self.content_type}): " + _short(repr(self.raw_body)))
        if self.multipart is not None:
            lines.append("multipart: " + _short(repr(self.multipart)))
        return "\n".join(lines)


def _short(text: str, limit: int = 600) -> str:
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} chars)"


def subscription_schema(schema: graphql.GraphQLSchema) -> graphql.GraphQLSchema:
    """The Subscription type as the query root, so hypothesis-graphql can generate its selections."""
    return graphql.GraphQLSchema(query=schema.subscription_type, types=list(schema.type_map.values()))


def as_subscription(document: graphql.DocumentNode) -> str:
    operation = document.definitions[0]
    return graphql.print_ast(graphql.DocumentNode(definitions=(graphql.OperationDefinitionNode(
        operation=graphql.OperationType.SUBSCRIPTION, name=operation.name,
        variable_definitions=operation.variable_definitions, directives=operation.directives,
        selection_set=operation.selection_set),)))


def variablize(schema: graphql.GraphQLSchema, query: str) -> tuple[str, dict[str, Any]]:
    """The same operation with every argument passed as a variable (the coercion path)."""
    document = graphql.parse(query)
    type_info = graphql.TypeInfo(schema)
    counter = itertools.count()
    definitions: list[graphql.VariableDefinitionNode] = []
    values: dict[str, Any] = {}

    class ToVariables(graphql.Visitor):
        def enter_argument(self, node: graphql.ArgumentNode, *_: Any) -> Any:
            argument = type_info.get_argument()
            if argument is None or isinstance(node.value, graphql.VariableNode):
                return None
            name = f"v{next(counter)}"
            values[name] = graphql.value_from_ast_untyped(node.value)
            variable = graphql.VariableNode(name=graphql.NameNode(value=name))
            definitions.append(graphql.VariableDefinitionNode(variable=variable, type=graphql.parse_type(str(argument.type))))
            return graphql.ArgumentNode(name=node.name, value=variable)

    changed = graphql.visit(document, graphql.TypeInfoVisitor(type_info, ToVariables()))
    operation = changed.definitions[0]
    rebuilt = graphql.OperationDefinitionNode(
        operation=operation.operation, name=operation.name, variable_definitions=tuple(definitions),
        directives=operation.directives, selection_set=operation.selection_set)
    return graphql.print_ast(graphql.DocumentNode(definitions=(rebuilt, *changed.definitions[1:]))), values


@st.composite
def wrong_variables(draw: st.DrawFn, schema: graphql.GraphQLSchema, query: str) -> tuple[str, dict[str, Any]]:
    """Variables of the wrong JSON type, null where non-null, unknown enum names, extra ones."""
    text, values = variablize(schema, query)
    if values and draw(st.booleans()):
        name = draw(st.sampled_from(sorted(values)))
        values[name] = draw(st.sampled_from(WRONG_VARIABLE_VALUES))
    elif values:
        values.pop(draw(st.sampled_from(sorted(values))))
    else:
        values["undeclared"] = draw(st.sampled_from(WRONG_VARIABLE_VALUES))
    return text, values


def _post(query: str) -> bytes:
    return json.dumps({"query": query}).encode()


# Bodies no client library sends, built around a valid operation.
ENVELOPES: list[tuple[str, Callable[[str], bytes], str]] = [
    ("invalid json", lambda q: _post(q)[:-3], "application/json"),
    ("empty body", lambda q: b"", "application/json"),
    ("nested batch", lambda q: json.dumps([[{"query": q}]]).encode(), "application/json"),
    ("batch of non-objects", lambda q: b'[1, "x", null, true]', "application/json"),
    ("batch of two", lambda q: json.dumps([{"query": q}, {"query": q}]).encode(), "application/json"),
    ("empty batch", lambda q: b"[]", "application/json"),
    ("query not a string", lambda q: b'{"query": 5}', "application/json"),
    ("query an object", lambda q: b'{"query": {"a": 1}}', "application/json"),
    ("no query", lambda q: b'{"variables": {}}', "application/json"),
    ("variables a string", lambda q: json.dumps({"query": q, "variables": "[]"}).encode(), "application/json"),
    ("variables a list", lambda q: json.dumps({"query": q, "variables": [1]}).encode(), "application/json"),
    ("operationName unknown", lambda q: json.dumps({"query": q, "operationName": "Nope"}).encode(), "application/json"),
    ("operationName a number", lambda q: json.dumps({"query": q, "operationName": 3}).encode(), "application/json"),
    ("extensions a string", lambda q: json.dumps({"query": q, "extensions": "x"}).encode(), "application/json"),
    ("bad persisted query", lambda q: json.dumps({"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "zz"}}}).encode(), "application/json"),
    ("persisted query wrong hash", lambda q: json.dumps({"query": q, "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "0" * 64}}}).encode(), "application/json"),
    ("persisted query version 2", lambda q: json.dumps({"extensions": {"persistedQuery": {"version": 2, "sha256Hash": "0" * 64}}}).encode(), "application/json"),
    ("invalid utf-8", lambda q: b'{"query": "\xff\xfe"}', "application/json"),
    ("json null", lambda q: b"null", "application/json"),
    ("json number", lambda q: b"12", "application/json"),
    ("deep json", lambda q: b"[" * 5000 + b"]" * 5000, "application/json"),
    ("deep selection", lambda q: _post("{ me " + "{ organization " * 400 + "{ id }" + " }" * 400 + " }"), "application/json"),
    ("long query", lambda q: _post("{ " + "me { id } " * 3000 + "}"), "application/json"),
    ("unclosed string", lambda q: _post('{ job(id: "abc) { id } }'), "application/json"),
    ("text/plain", lambda q: _post(q), "text/plain"),
    ("form urlencoded", lambda q: b"query=" + q.encode(), "application/x-www-form-urlencoded"),
    ("no content type", lambda q: _post(q), ""),
    ("charset latin1", lambda q: _post(q), "application/json; charset=latin-1"),
    ("two operations, no name", lambda q: _post(q + "\n" + q), "application/json"),
]

UPLOAD_QUERY = "mutation($file: Upload!){ uploadResume(file: $file){ id status } }"
MULTIPARTS: list[tuple[str, dict[str, Any]]] = [
    ("map index huge", {"operations": json.dumps({"query": UPLOAD_QUERY, "variables": {"file": None}}),
                        "map": json.dumps({str(10**9): ["variables.file"]})}),
    ("map path unknown", {"operations": json.dumps({"query": UPLOAD_QUERY, "variables": {"file": None}}),
                          "map": json.dumps({"0": ["variables.nope.deeper"]})}),
    ("map not json", {"operations": json.dumps({"query": UPLOAD_QUERY, "variables": {"file": None}}), "map": "{"}),
    ("map a list", {"operations": json.dumps({"query": UPLOAD_QUERY, "variables": {"file": None}}), "map": "[1]"}),
    ("operations not json", {"operations": "{", "map": "{}"}),
    ("operations a list", {"operations": json.dumps([{"query": UPLOAD_QUERY, "variables": {"file": None}}]),
                           "map": json.dumps({"0": ["0.variables.file"]})}),
    ("map paths not a list", {"operations": json.dumps({"query": UPLOAD_QUERY, "variables": {"file": None}}),
                              "map": json.dumps({"0": "variables.file"})}),
    ("map index into a string", {"operations": json.dumps({"query": UPLOAD_QUERY, "variables": {"file": "x"}}),
                                 "map": json.dumps({"0": ["variables.file.5"]})}),
]


class OperationSpace:
    """Every kind of operation the fuzzer sends, as one strategy."""

    KINDS = ["valid", "valid", "valid", "valid", "variables", "variables", "invalid", "wrong variables",
             "wrong variables", "subscription", "invalid subscription", "get", "envelope", "multipart"]

    def __init__(self, schema: graphql.GraphQLSchema, known: KnownValues, kinds: list[str] | None = None) -> None:
        self.schema = schema
        scalars = custom_scalars(known)
        self.valid = from_schema(schema, custom_scalars=scalars, print_ast=graphql.print_ast)
        self.invalid = from_schema(schema, custom_scalars=scalars, mode=Mode.NEGATIVE)
        self.queries = queries(schema, custom_scalars=scalars)
        subscriptions = subscription_schema(schema)
        self.subscriptions = queries(subscriptions, custom_scalars=scalars, print_ast=as_subscription)
        self.invalid_subscriptions = queries(subscriptions, custom_scalars=scalars, print_ast=as_subscription,
                                             mode=Mode.NEGATIVE)
        self.kinds = kinds or self.KINDS

    def strategy(self) -> st.SearchStrategy[Operation]:
        return self._operations()

    @st.composite
    def _operations(draw: st.DrawFn, self: OperationSpace) -> Operation:
        # Strategies are built once (in __init__) and drawn from here: building them per
        # example costs hypothesis a validation each time.
        kind = draw(st.sampled_from(self.kinds))
        if kind == "valid":
            return Operation(kind, draw(self.valid))
        if kind == "invalid":
            return Operation(kind, draw(self.invalid))
        if kind == "variables":
            return Operation(kind, *variablize(self.schema, draw(self.valid)))
        if kind == "wrong variables":
            return Operation(kind, *draw(wrong_variables(self.schema, draw(self.valid))))
        if kind == "subscription":
            return Operation(kind, *variablize(self.schema, draw(self.subscriptions)), transport="ws")
        if kind == "invalid subscription":
            return Operation(kind, draw(self.invalid_subscriptions), transport="ws")
        if kind == "get":
            return Operation(kind, *variablize(self.schema, draw(self.queries)), transport="get")
        if kind == "envelope":
            name, body, content_type = draw(st.sampled_from(ENVELOPES))
            query = draw(self.queries)
            return Operation(f"envelope: {name}", query, transport="raw", raw_body=body(query), content_type=content_type)
        if kind == "multipart":
            name, form = draw(st.sampled_from(MULTIPARTS))
            return Operation(f"multipart: {name}", UPLOAD_QUERY, transport="multipart", multipart=form)
        raise ValueError(kind)
