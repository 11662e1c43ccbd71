"""The fuzzer's own parts: the oracle flags what it must, and the minimiser keeps the failure."""
from __future__ import annotations

import graphql

from tests.fuzz.minimise import minimise
from tests.fuzz.operations import Operation, as_subscription, variablize
from tests.fuzz.oracle import Outcome, violations

SCHEMA = graphql.build_schema("""
type Query { jobs(first: Int, after: String, filter: Filter): [Job!]! me: User }
input Filter { location: String, skills: [String!] }
type Job { id: ID! title: String! }
type User { id: ID! name: String! }
type Subscription { ping(n: Int!): Int! }
""")


def test_the_oracle_flags_5xx_internal_errors_and_errors_without_a_code():
    assert violations(Outcome(status=200, body={"data": {"me": None}})) == []
    assert violations(Outcome(status=400, body={"errors": [{"message": "x", "extensions": {"code": "BAD_USER_INPUT"}}]})) == []
    assert violations(Outcome(status=500, body=None)) == ["HTTP 500"]
    assert violations(Outcome(status=200, body={"errors": [{"message": "boom", "extensions": {"code": "INTERNAL_SERVER_ERROR"}}]})) \
        == ["INTERNAL_SERVER_ERROR"]
    assert violations(Outcome(status=200, body=[{"data": {}}, {"errors": [{"message": "Syntax Error"}]}])) \
        == ["error without extensions.code: Syntax Error"]
    assert violations(Outcome(close_code=1011, body=[])) == ["websocket closed 1011"]


def test_variablize_moves_every_argument_into_a_typed_variable():
    query, variables = variablize(SCHEMA, '{ jobs(first: 5, filter: {location: "Berlin", skills: ["Go"]}) { id } }')
    assert variables == {"v0": 5, "v1": {"location": "Berlin", "skills": ["Go"]}}
    assert "$v0: Int" in query and "$v1: Filter" in query and "jobs(first: $v0, filter: $v1)" in query
    assert graphql.validate(SCHEMA, graphql.parse(query)) == []


def test_subscriptions_are_printed_as_subscriptions():
    assert as_subscription(graphql.parse("{ ping(n: 1) }")).startswith("subscription {")


async def test_the_minimiser_keeps_only_what_the_failure_needs():
    big = Operation("valid", '{ me { id name } jobs(first: 5, after: "' + "9" * 64 + '", filter: {location: "Berlin"}) '
                    "{ id title } }")

    async def still_fails(candidate: Operation) -> bool:  # the failure: any `after` of 4+ characters
        document = graphql.parse(candidate.query)
        return any(arg.name.value == "after" and len(arg.value.value) >= 4
                   for field in document.definitions[0].selection_set.selections
                   for arg in getattr(field, "arguments", ()))

    small = await minimise(big, still_fails)
    assert await still_fails(small)
    assert "me" not in small.query and "first" not in small.query and "filter" not in small.query
    assert "9" * 8 not in small.query
