"""Depth, alias and token limits, and the static cost estimate with its maximum."""
from __future__ import annotations

import pytest


@pytest.fixture
def settings(settings):
    settings.max_query_depth = 6
    settings.max_aliases = 3
    settings.max_tokens = 200
    settings.max_cost = 500
    return settings


async def first_error(client, query: str) -> dict:
    body = await client.execute(query)
    assert body.get("errors"), body
    return body["errors"][0]


async def test_a_query_deeper_than_the_limit_is_refused(client):
    deep = "{ me { organization { members { organization { members { organization { members { id } } } } } } } }"
    error = await first_error(client, deep)
    assert error["message"] == (
        "This operation nests fields more than 6 levels deep, the most this API answers: ask for fewer"
        " nested fields, and fetch what lies deeper with a second request (`node(id:)` reads any object by its id).")
    assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


async def test_more_aliases_than_the_limit_are_refused(client):
    error = await first_error(client, "{ a: __typename b: __typename c: __typename d: __typename }")
    assert error["message"] == (
        "This operation uses 4 aliases, over the limit of 3: ask for the same data in several requests.")
    assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


async def test_a_document_with_more_tokens_than_the_limit_is_refused(client):
    error = await first_error(client, "{ " + " ".join(["__typename"] * 250) + " }")
    assert "token" in error["message"].lower()


async def test_the_estimated_cost_is_reported_in_extensions(client):
    body = await client.execute("{ searchJobs(first: 10) { edges { node { id title } } } }")
    assert body["extensions"]["cost"] == {"estimated": 1 + 10 * (1 + (1 + 2)), "maximum": 500}


async def test_the_cost_follows_first_given_as_a_variable(client):
    query = "query($n: Int){ searchJobs(first: $n) { edges { node { id } } } }"
    body = await client.execute(query, {"n": 3})
    assert body["extensions"]["cost"]["estimated"] == 1 + 3 * (1 + (1 + 1))


async def test_an_operation_over_the_maximum_cost_is_refused_before_it_runs(client):
    error = await first_error(client, "{ searchJobs(first: 100) { edges { node { id title requiredSkills } } } }")
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["cost"] > error["extensions"]["maximumCost"] == 500
    assert "smaller `first`" in error["message"]
