"""`operationName` over HTTP is a string of at most MAX_OPERATION_NAME_CHARS or null, as on
websockets: a number or a list was answered `Unknown operation named "[1]"` (Python's spelling
of it), and a name of any length was echoed back whole."""
from __future__ import annotations

import pytest

from gateway.http.operation_fields import MAX_OPERATION_NAME_CHARS

QUERY = "query A { __typename } query B { __typename }"


@pytest.mark.parametrize("name, expected", [
    (5, "`operationName` must be a string"),
    (["A"], "`operationName` must be a string"),
    ({"A": 1}, "`operationName` must be a string"),
    ("A" * (MAX_OPERATION_NAME_CHARS + 1), f"at most {MAX_OPERATION_NAME_CHARS}"),
])
async def test_an_operation_name_of_the_wrong_kind_or_length_is_bad_user_input(client, name, expected):
    response = await client.http.post("/graphql", json={"query": QUERY, "operationName": name})
    assert response.status_code == 400, response.text
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and expected in error["message"], error
    assert len(response.content) < 1_000


async def test_each_operation_of_a_batch_is_answered_for_its_own_name(client):
    response = await client.http.post("/graphql", json=[
        {"query": QUERY, "operationName": [1]}, {"query": QUERY, "operationName": "B"}])
    first, second = response.json()
    assert first["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "`operationName` must be a string" in first["errors"][0]["message"]
    assert second["data"] == {"__typename": "Query"}


async def test_a_long_name_within_the_bound_still_runs(client):
    name = "N" * MAX_OPERATION_NAME_CHARS
    response = await client.http.post("/graphql", json={"query": f"query {name} {{ __typename }}", "operationName": name})
    assert response.status_code == 200 and response.json()["data"] == {"__typename": "Query"}, response.text
