"""A DateTime argument that is not a date-time is refused with a message a person can act on
(not Python's parser error), whether written in the query or sent as a variable; the message
names the form expected (and the variable and path) but never repeats the value sent, as no
other refusal does (resolvers/values_not_repeated.py): it repeated it until now."""
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
    assert HINT in error["message"] and value not in error["message"], error["message"]
    assert "invalid literal" not in error["message"]


@pytest.mark.parametrize(("value", "kind"), [("my-password-1", "text"), (12345, "number"), ({"a": 1}, "object")])
async def test_a_variable_that_is_no_date_time_is_refused_with_the_expected_form(client, app, value, kind):
    token, _ = await admin_token(app, client)
    body = await client.execute("query($s: DateTime){ adminPlatformStats(since: $s){ __typename } }",
                                {"s": value}, token)
    (error,) = body["errors"]
    assert error["extensions"]["code"] in ("BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED")
    assert HINT in error["message"] and "invalid literal" not in error["message"], error["message"]
    assert "'$s'" in error["message"] and f"the {kind} sent" in error["message"], error["message"]
    assert str(value) not in error["message"] and "password" not in error["message"], error["message"]


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


def _filler(type_):
    """A small valid value for a required argument or input field the test does not vary, so
    the moment under test is the only thing refused (graphql-core reports every bad input)."""
    from graphql import GraphQLNonNull, get_named_type, is_enum_type, is_input_object_type, is_list_type

    inner = type_.of_type if isinstance(type_, GraphQLNonNull) else type_
    if is_list_type(inner):
        return []
    named = get_named_type(inner)
    if is_enum_type(named):
        return next(iter(named.values))
    if is_input_object_type(named):
        return _required_fields(named)
    return {"Int": 1, "Float": 1.0, "Boolean": False, "DateTime": "2999-01-01T00:00:00Z"}.get(named.name, "x")


def _required_fields(input_type) -> dict[str, object]:
    from graphql import Undefined, is_non_null_type

    return {name: _filler(field.type) for name, field in input_type.fields.items()
            if is_non_null_type(field.type) and field.default_value is Undefined}


def _request(operation: str, field: str, argument: str, type_: str, path: tuple[str, ...], value: str):
    """The argument as a variable holding `value` at `path` (required siblings filled in); also
    selects __typename when an object."""
    from graphql import Undefined, get_named_type, is_leaf_type, is_non_null_type

    from resolvers.schema import schema

    root = schema._schema.query_type if operation == "query" else schema._schema.mutation_type
    definition = root.fields[field]
    selection = "" if is_leaf_type(get_named_type(definition.type)) else "{ __typename }"
    variable: object = value
    named = get_named_type(definition.args[argument].type)
    levels = [named]
    for name in path[:-1]:
        levels.append(get_named_type(levels[-1].fields[name].type))
    for name, level in zip(reversed(path), reversed(levels)):
        variable = {**_required_fields(level), name: variable}
    others = {name: arg for name, arg in definition.args.items()
              if name != argument and is_non_null_type(arg.type) and arg.default_value is Undefined}
    declared = "".join(f", ${name}: {arg.type}" for name, arg in others.items())
    passed = "".join(f", {name}: ${name}" for name in others)
    variables = {"v": variable, **{name: _filler(arg.type) for name, arg in others.items()}}
    return f"{operation}($v: {type_}{declared}){{ {field}({argument}: $v{passed}) {selection} }}", variables


@pytest.mark.parametrize("where", DATE_TIME_ARGUMENTS, ids=lambda w: ".".join((w[1], w[2], *w[4])))
async def test_every_date_time_argument_refuses_a_moment_out_of_range(client, app, where):
    token, _ = await admin_token(app, client)
    for value in EXTREMES:
        query, variables = _request(*where, value)
        body = await client.execute(query, variables, token)
        (error,) = body["errors"]
        assert error["extensions"]["code"] == "BAD_USER_INPUT", (value, error)
        assert RANGE in error["message"] and value not in error["message"], error["message"]
        assert "'$v'" in error["message"] and all(name in error["message"] for name in where[4]), error["message"]
    # Not a date-time at all: the form named, the value not repeated.
    query, variables = _request(*where, "my-password-1")
    (error,) = (await client.execute(query, variables, token))["errors"]
    assert HINT in error["message"] and "password" not in error["message"], error["message"]


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
    assert RANGE in error["message"] and "0001-01-01" not in error["message"], error["message"]
