"""Every String and ID input of the served schema is bounded: the test walks the schema, finds
each argument and input field, reaches it from a root field and sends one character too many
(and a CR LF to single lines) over HTTP; each must be BAD_USER_INPUT naming that field."""
from __future__ import annotations

import itertools

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    get_named_type,
    is_abstract_type,
)

from resolvers.core_schema import graphql_core_schema
from resolvers.input_limits import LIMITS, Text, limit_for
from resolvers.schema import schema as served

SCHEMA = graphql_core_schema(served)
TEXT = ("String", "ID")
SAMPLES = {"String": "x", "ID": "x", "Int": 1, "Float": 1.0, "Boolean": True, "DateTime": "2024-01-01T00:00:00+00:00"}


def text_arguments() -> list[tuple[str, str, str]]:
    found = []
    for type_ in SCHEMA.type_map.values():
        if isinstance(type_, GraphQLObjectType) and not type_.name.startswith("__"):
            for field_name, field in type_.fields.items():
                for arg_name, arg in field.args.items():
                    if get_named_type(arg.type).name in TEXT:
                        found.append((type_.name, field_name, arg_name))
    return sorted(found)


def text_input_fields() -> list[tuple[str, str]]:
    return sorted(
        (type_.name, field_name)
        for type_ in SCHEMA.type_map.values() if isinstance(type_, GraphQLInputObjectType)
        for field_name, field in type_.fields.items() if get_named_type(field.type).name in TEXT
    )


def coordinates() -> list[str]:
    return [f"{t}.{f}({a}:)" for t, f, a in text_arguments()] + [f"{t}.{f}" for t, f in text_input_fields()]


def sample(type_):
    if isinstance(type_, GraphQLNonNull):
        return sample(type_.of_type)
    if isinstance(type_, GraphQLList):
        return []
    if isinstance(type_, GraphQLInputObjectType):
        return {name: sample(f.type) for name, f in type_.fields.items()
                if isinstance(f.type, GraphQLNonNull) and f.default_value is None}
    if isinstance(type_, GraphQLEnumType):
        return next(iter(type_.values))
    return SAMPLES[type_.name]


def path_to(target: str) -> tuple[str, list[tuple[str, str | None]]]:
    """(root operation, [(field, inline fragment type or None)]) reaching object type `target`."""
    for operation, root in (("query", SCHEMA.query_type), ("mutation", SCHEMA.mutation_type)):
        queue, seen = [(root, [])], {root.name}
        while queue:
            current, path = queue.pop(0)
            if current.name == target:
                return operation, path
            for name, field in current.fields.items():
                named = get_named_type(field.type)
                nexts = SCHEMA.get_possible_types(named) if is_abstract_type(named) else [named]
                for next_type in nexts:
                    if isinstance(next_type, GraphQLObjectType) and next_type.name not in seen:
                        seen.add(next_type.name)
                        fragment = next_type.name if is_abstract_type(named) else None
                        queue.append((next_type, [*path, (name, fragment)]))
    raise AssertionError(f"no path to {target}")


def input_path_to(target: str) -> tuple[str, str, str, list[str]]:
    """(type, field, argument, [input field names]) whose argument holds input type `target`."""
    for type_name, field_name, arg_name, arg_type in all_arguments():
        queue = [(get_named_type(arg_type), [])]
        while queue:
            current, path = queue.pop(0)
            if current.name == target:
                return type_name, field_name, arg_name, path
            if isinstance(current, GraphQLInputObjectType) and len(path) < 3:
                queue.extend((get_named_type(f.type), [*path, n]) for n, f in current.fields.items())
    raise AssertionError(f"no argument takes {target}")


def all_arguments():
    for type_ in (SCHEMA.query_type, SCHEMA.mutation_type):
        for field_name, field in type_.fields.items():
            for arg_name, arg in field.args.items():
                yield type_.name, field_name, arg_name, arg.type


def operation_setting(coordinate: str, value) -> tuple[str, dict]:
    """A valid operation whose only unusual value is `value` at `coordinate`."""
    if coordinate.endswith(":)"):
        owner, rest = coordinate.split(".", 1)
        field_name, arg_name = rest[:-2].split("(")
        input_path: list[str] = []
    else:
        input_type, input_field = coordinate.split(".")
        owner, field_name, arg_name, input_path = input_path_to(input_type)
        input_path = [*input_path, input_field]
    operation, path = path_to(owner)
    counter = itertools.count()
    declarations, variables = [], {}

    def arguments(type_name: str, name: str, target_arg: str | None) -> str:
        parts = []
        for arg_name_, arg in SCHEMA.get_type(type_name).fields[name].args.items():
            if arg_name_ != target_arg and not isinstance(arg.type, GraphQLNonNull):
                continue
            variable = f"v{next(counter)}"
            declarations.append(f"${variable}: {arg.type}")
            if arg_name_ == target_arg:
                variables[variable] = nested(arg.type, input_path, value)
            else:
                variables[variable] = sample(arg.type)
            parts.append(f"{arg_name_}: ${variable}")
        return f"({', '.join(parts)})" if parts else ""

    current = SCHEMA.query_type.name if operation == "query" else SCHEMA.mutation_type.name
    opened, text = 0, ""
    for name, fragment in path:
        text += f"{name}{arguments(current, name, None)} {{ "
        opened += 1
        if fragment:
            text += f"... on {fragment} {{ "
            opened += 1
        current = fragment or get_named_type(SCHEMA.get_type(current).fields[name].type).name
    target = SCHEMA.get_type(owner).fields[field_name]
    selection = " { __typename }" if not isinstance(get_named_type(target.type), (GraphQLEnumType,)) and hasattr(
        get_named_type(target.type), "fields") or is_abstract_type(get_named_type(target.type)) else ""
    text += f"{field_name}{arguments(owner, field_name, arg_name)}{selection}" + " }" * opened
    declared = f"({', '.join(declarations)})" if declarations else ""
    return f"{operation}{declared} {{ {text} }}", variables


def nested(type_, path: list[str], value):
    if isinstance(type_, GraphQLNonNull):
        return nested(type_.of_type, path, value)
    if isinstance(type_, GraphQLList):
        return [nested(type_.of_type, path, value)]
    if not path:
        return value
    built = sample(type_)
    built[path[0]] = nested(type_.fields[path[0]].type, path[1:], value)
    return built


def type_of(coordinate: str) -> str:
    if coordinate.endswith(":)"):
        owner, rest = coordinate.split(".", 1)
        field_name, arg_name = rest[:-2].split("(")
        return get_named_type(SCHEMA.get_type(owner).fields[field_name].args[arg_name].type).name
    owner, field_name = coordinate.split(".")
    return get_named_type(SCHEMA.get_type(owner).fields[field_name].type).name


def errors_at(body: dict, coordinate: str) -> list[dict]:
    return [e for e in body.get("errors") or [] if (e.get("extensions") or {}).get("coordinate") == coordinate]


def test_every_string_input_of_the_schema_has_an_explicit_limit():
    strings = [c for c in coordinates() if type_of(c) == "String"]
    assert len(strings) > 40
    assert sorted(set(strings) - set(LIMITS)) == []
    assert sorted(set(LIMITS) - set(strings)) == [], "limits for inputs the schema no longer has"


@pytest.mark.parametrize("coordinate", coordinates())
async def test_one_character_over_the_limit_is_bad_user_input_naming_the_field(client, coordinate):
    limit = limit_for(coordinate, type_of(coordinate))
    query, variables = operation_setting(coordinate, "a" * (limit.max_length + 1))
    body = await client.execute(query, variables)
    (error,) = errors_at(body, coordinate) or [body]
    assert error.get("extensions", {}).get("code") == "BAD_USER_INPUT", (query, body)
    assert str(limit.max_length) in error["message"] and "data" in body and body["data"] is None

    at_limit = await client.execute(*operation_setting(coordinate, "a" * limit.max_length))
    assert errors_at(at_limit, coordinate) == []
    assert all(e["extensions"]["code"] != "INTERNAL_SERVER_ERROR" for e in at_limit.get("errors") or []), at_limit


@pytest.mark.parametrize("coordinate", [c for c in coordinates() if limit_for(c, type_of(c)).text is Text.LINE])
async def test_a_line_break_in_a_single_line_input_is_bad_user_input(client, coordinate):
    body = await client.execute(*operation_setting(coordinate, "Q\r\nBcc:"))
    (error,) = errors_at(body, coordinate)
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and "U+000D" in error["message"]


@pytest.mark.parametrize("coordinate", [c for c in coordinates() if limit_for(c, type_of(c)).text is Text.MULTILINE])
async def test_multi_line_text_keeps_its_line_breaks_and_tabs(client, coordinate):
    body = await client.execute(*operation_setting(coordinate, "First line\n\tsecond line\r\nthird"))
    assert errors_at(body, coordinate) == []
    nul = await client.execute(*operation_setting(coordinate, "First line\x00"))
    assert errors_at(nul, coordinate)[0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_a_literal_is_checked_like_a_variable_through_fragments(client):
    query = ('mutation { ...M } fragment M on Mutation { login(email: "%s", password: "long enough pass")'
             ' { accessToken } }' % ("a" * 400 + "@example.com"))
    body = await client.execute(query)
    assert [e["extensions"]["coordinate"] for e in body["errors"]] == ["Mutation.login(email:)"]


async def test_too_many_skills_are_bad_user_input(client):
    token, _ = await client.employer()
    body = await client.execute(
        "mutation($i: JobInput!){ postJob(input: $i){ id } }",
        {"i": {"title": "Engineer", "description": "Python", "requiredSkills": [f"skill {n}" for n in range(51)]}},
        token,
    )
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert body["errors"][0]["extensions"]["maxItems"] == 50


async def test_a_job_title_with_a_header_injection_is_refused_and_nothing_is_posted(client):
    token, _ = await client.employer()
    body = await client.execute(
        "mutation($i: JobInput!){ postJob(input: $i){ id } }",
        {"i": {"title": "Engineer\r\nBcc: victim@example.com", "description": "Python"}}, token,
    )
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "title" in body["errors"][0]["message"]
    listed = await client.data("{ searchJobs { totalCount } }", token=token)
    assert listed["searchJobs"]["totalCount"] == 0


async def test_a_variable_default_is_checked_and_each_request_checks_its_own_variables(client):
    query = 'query($q: String = "%s"){ searchJobs(query: $q){ totalCount } }' % ("a" * 501)
    assert (await client.execute(query))["errors"][0]["extensions"]["coordinate"] == "Query.searchJobs(query:)"
    assert (await client.data(query, {"q": "python"}))["searchJobs"]["totalCount"] == 0
    again = await client.execute(query, {"q": "b" * 501})
    assert again["errors"][0]["extensions"]["maxLength"] == 500
    assert (await client.data(query, {"q": None}))["searchJobs"]["totalCount"] == 0


async def test_a_document_of_several_operations_without_a_name_cannot_slip_past_the_limits(client):
    query = "query A($q: String){ searchJobs(query: $q){ totalCount } } query B { __typename }"
    body = await client.execute(query, {"q": "a" * 501})
    assert body["errors"][0]["extensions"]["code"] in ("BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED"), body
    assert not body.get("data")
