"""Requests refused before they run say what to send instead: a mutation by GET is 405
(GraphQL over HTTP: a GET never changes anything) naming POST, and a persisted query whose hash
does not match names the query's real hash."""
from __future__ import annotations

import hashlib
import json

PREFLIGHT = {"Apollo-Require-Preflight": "true"}


async def test_a_mutation_sent_by_get_is_405_and_names_post(client):
    for params in ({"query": "mutation { logout }"},
                   {"query": "mutation Out { logout }", "operationName": "Out"}):
        response = await client.http.get("/graphql", params=params, headers=PREFLIGHT)
        assert response.status_code == 405
        assert response.headers["allow"] == "POST"
        (error,) = response.json()["errors"]
        assert error["extensions"]["code"] == "BAD_USER_INPUT"
        assert "POST" in error["message"] and "mutation" in error["message"]


async def test_a_stored_mutation_run_by_its_hash_over_get_is_405_too(client):
    mutation = "mutation { logout }"
    sha = hashlib.sha256(mutation.encode()).hexdigest()
    persisted = {"persistedQuery": {"version": 1, "sha256Hash": sha}}
    await client.http.post("/graphql", json={"query": mutation, "extensions": persisted})
    response = await client.http.get("/graphql", params={"extensions": json.dumps(persisted)}, headers=PREFLIGHT)
    assert response.status_code == 405 and "POST" in response.json()["errors"][0]["message"]


async def test_a_query_by_get_still_runs(client):
    response = await client.http.get("/graphql", params={"query": "{ __typename }"}, headers=PREFLIGHT)
    assert response.status_code == 200 and response.json()["data"] == {"__typename": "Query"}


async def test_a_hash_mismatch_names_the_querys_own_hash(client):
    query = "{ __typename }"
    wrong = hashlib.sha256(b"{__typename}").hexdigest()
    response = await client.http.post(
        "/graphql", json={"query": query, "extensions": {"persistedQuery": {"version": 1, "sha256Hash": wrong}}})
    assert response.status_code == 400
    (error,) = response.json()["errors"]
    assert error["message"] == "provided sha does not match query"  # Apollo's clients read this
    actual = hashlib.sha256(query.encode()).hexdigest()
    assert error["extensions"]["querySha256Hash"] == actual and actual in error["extensions"]["hint"]
