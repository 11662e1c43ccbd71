"""A DateTime argument that is not a date-time is refused with a message a person can act on
(not Python's parser error), whether written in the query or sent as a variable."""
from __future__ import annotations

import pytest

from tests.admin_helpers import admin_token

HINT = "ISO 8601 date-time such as 2026-01-31T00:00:00Z"


@pytest.mark.parametrize("value", ["notadate", "2026-13-45", "31/01/2026"])
async def test_a_literal_that_is_no_date_time_is_refused_with_the_expected_form(client, app, value):
    token, _ = await admin_token(app, client)
    body = await client.execute(f'{{ adminPlatformStats(since: "{value}"){{ __typename }} }}', token=token)
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert HINT in error["message"] and value in error["message"], error["message"]
    assert "invalid literal" not in error["message"]


async def test_a_variable_that_is_no_date_time_is_refused_with_the_expected_form(client, app):
    token, _ = await admin_token(app, client)
    body = await client.execute("query($s: DateTime){ adminPlatformStats(since: $s){ __typename } }",
                                {"s": "notadate"}, token)
    (error,) = body["errors"]
    assert error["extensions"]["code"] in ("BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED")
    assert HINT in error["message"] and "invalid literal" not in error["message"], error["message"]


async def test_a_real_date_time_still_works(client, app):
    token, _ = await admin_token(app, client)
    data = await client.data('{ adminPlatformStats(since: "2026-01-31T00:00:00Z"){ __typename } }', token=token)
    assert data["adminPlatformStats"]["__typename"]


# Beyond the range once the offset is applied: Python's own years end there, and the stores
# crashed converting them to UTC (INTERNAL_SERVER_ERROR).
EXTREMES = ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "1899-12-31T23:59:59Z", "0001-01-01T00:00:00"]
EDGES = ["1900-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1900-01-01T10:00:00+10:00"]
RANGE = "from 1900-01-01T00:00:00Z to 9999-12-31T23:59:59Z"


def _date_time_paths(type_, seen=()):
    """Each path of input fields from an argument's type down to a DateTime in it."""
    from graphql import get_named_type, is_input_object_type

    named = get_named_type(type_)
    if named.name == "DateTime":
        yield ()
    elif is_input_object_type(named) and named.name not in seen:
        for name, field in named.fields.items():
            for rest in _date_time_paths(field.type, (*seen, named.name)):
                yield (name, *rest)


def _date_time_arguments() -> list[tuple[str, str, str, str, tuple[str, ...]]]:
    """(operation, field, argument, argument's type, path) for every DateTime the served schema takes."""
    from resolvers.schema import schema

    found = []
    for operation, root in (("query", schema._schema.query_type), ("mutation", schema._schema.mutation_type)):
        for field_name, field in root.fields.items():
            for argument, definition in field.args.items():
                for path in _date_time_paths(definition.type):
                    found.append((operation, field_name, argument, str(definition.type), path))
    return found


DATE_TIME_ARGUMENTS = _date_time_arguments()


def test_the_schema_takes_date_times_where_this_file_sends_them():
    fields = {(field, argument) for _, field, argument, _, _ in DATE_TIME_ARGUMENTS}
    assert {("adminPlatformStats", "since"), ("markAllNotificationsRead", "before"),
            ("adminMatchingAudit", "window"), ("adminAuditLog", "filter")} <= fields


def _request(operation: str, field: str, argument: str, type_: str, path: tuple[str, ...], value: str):
    """The argument as a variable holding `value` at `path`; also selects __typename when an object."""
    from graphql import get_named_type, is_leaf_type

    from resolvers.schema import schema

    root = schema._schema.query_type if operation == "query" else schema._schema.mutation_type

    selection = "" if is_leaf_type(get_named_type(root.fields[field].type)) else "{ __typename }"
    variable: object = value
    for name in reversed(path):
        variable = {name: variable}
    return f"{operation}($v: {type_}){{ {field}({argument}: $v) {selection} }}", {"v": variable}


@pytest.mark.parametrize("where", DATE_TIME_ARGUMENTS, ids=lambda w: ".".join((w[1], w[2], *w[4])))
async def test_every_date_time_argument_refuses_a_moment_out_of_range(client, app, where):
    token, _ = await admin_token(app, client)
    for value in EXTREMES:
        query, variables = _request(*where, value)
        body = await client.execute(query, variables, token)
        (error,) = body["errors"]
        assert error["extensions"]["code"] == "BAD_USER_INPUT", (value, error)
        assert RANGE in error["message"] and value in error["message"], error["message"]


@pytest.mark.parametrize("where", DATE_TIME_ARGUMENTS, ids=lambda w: ".".join((w[1], w[2], *w[4])))
async def test_every_date_time_argument_takes_the_ends_of_the_range(client, app, where):
    token, _ = await admin_token(app, client)
    for value in EDGES:
        query, variables = _request(*where, value)
        body = await client.execute(query, variables, token)
        codes = [e["extensions"]["code"] for e in body.get("errors") or []]
        assert "INTERNAL_SERVER_ERROR" not in codes and "out of range" not in str(body), (value, body)


async def test_a_literal_out_of_range_is_refused_naming_the_range(client, app):
    token, _ = await admin_token(app, client)
    body = await client.execute('mutation{ markAllNotificationsRead(before: "0001-01-01T00:00:00+14:00") }', token=token)
    (error,) = body["errors"]
    assert error["extensions"]["code"] in ("BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED")
    assert RANGE in error["message"], error["message"]
