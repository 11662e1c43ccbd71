"""A plain JSON POST of one operation is read by the gateway's own short path
(gateway/http/json_body.py); any other body by Strawberry's. Both must answer bad members with
the same status and message, and good ones with the same data."""
from __future__ import annotations

import json

import pytest

# The short path takes exactly this content type; with a parameter it does not know, the same
# JSON goes through Strawberry's general parsing.
SHORT_PATH = {"content-type": "application/json"}
STRAWBERRYS_PATH = {"content-type": "application/json; profile=test"}

BAD_BODIES = [
    {"query": 1},
    {"query": "{ __typename }", "variables": [1]},
    {"query": "{ __typename }", "extensions": "no"},
]


@pytest.mark.parametrize("body", BAD_BODIES, ids=["query", "variables", "extensions"])
async def test_a_bad_member_gets_the_same_answer_on_both_paths(client, body):
    short = await client.http.post("/graphql", content=json.dumps(body), headers=SHORT_PATH)
    general = await client.http.post("/graphql", content=json.dumps(body), headers=STRAWBERRYS_PATH)

    assert short.status_code == general.status_code == 400
    assert short.json() == general.json()
    assert "must be" in short.json()["errors"][0]["message"]


async def test_a_good_operation_gets_the_same_answer_on_both_paths(client):
    body = {"query": "query Q($n: Int) { searchJobs(first: $n) { edges { node { id } } } }",
            "variables": {"n": 3}, "operationName": "Q", "extensions": {}}
    short = await client.http.post("/graphql", content=json.dumps(body), headers=SHORT_PATH)
    general = await client.http.post("/graphql", content=json.dumps(body), headers=STRAWBERRYS_PATH)

    assert short.status_code == general.status_code == 200
    assert short.json() == general.json()
    assert short.json()["data"] == {"searchJobs": {"edges": []}}


async def test_a_body_that_is_not_json_is_a_400_on_the_short_path(client):
    response = await client.http.post("/graphql", content=b"{not json", headers=SHORT_PATH)
    assert response.status_code == 400
    assert "JSON" in response.json()["errors"][0]["message"]
