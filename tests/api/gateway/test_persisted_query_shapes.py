"""`extensions.persistedQuery` of a wrong shape is 400 BAD_USER_INPUT naming the field and what
it should hold; null is no persisted query at all (as Apollo Server reads it), and a version
this server does not speak keeps the code Apollo's links act on. Every shape of it was answered
"Unsupported persisted query version", null beside an ordinary query included."""
from __future__ import annotations

import hashlib
import json

import pytest

QUERY = "{ __typename }"
SHA = hashlib.sha256(QUERY.encode()).hexdigest()
PREFLIGHT = {"Apollo-Require-Preflight": "true"}


async def test_a_null_persisted_query_beside_a_query_is_no_persisted_query(client):
    response = await client.http.post("/graphql", json={"query": QUERY, "extensions": {"persistedQuery": None}})
    assert response.status_code == 200, response.text
    assert response.json()["data"] == {"__typename": "Query"}
    by_get = await client.http.get(
        "/graphql", params={"query": QUERY, "extensions": json.dumps({"persistedQuery": None})}, headers=PREFLIGHT)
    assert by_get.status_code == 200 and by_get.json()["data"] == {"__typename": "Query"}, by_get.text


@pytest.mark.parametrize("persisted, field, expected", [
    ("abc", "`extensions.persistedQuery`", "must be an object, not a string"),
    ([1], "`extensions.persistedQuery`", "must be an object, not an array"),
    (7, "`extensions.persistedQuery`", "must be an object, not a number"),
    ({}, "`extensions.persistedQuery.version`", "is missing"),
    ({"sha256Hash": SHA}, "`extensions.persistedQuery.version`", "is missing"),
    ({"version": "1", "sha256Hash": SHA}, "`extensions.persistedQuery.version`", "must be the number 1, not a string"),
    ({"version": True, "sha256Hash": SHA}, "`extensions.persistedQuery.version`", "must be the number 1, not a boolean"),
    ({"version": 1}, "`extensions.persistedQuery.sha256Hash`", "is missing"),
    ({"version": 1, "sha256Hash": None}, "`extensions.persistedQuery.sha256Hash`", "is missing"),
    ({"version": 1, "sha256Hash": 5}, "`extensions.persistedQuery.sha256Hash`", "must be a string"),
    ({"version": 1, "sha256Hash": "abc"}, "`extensions.persistedQuery.sha256Hash`", "64 hex digits; this one is 3"),
    ({"version": 1, "sha256Hash": "z" * 64}, "`extensions.persistedQuery.sha256Hash`", "not all hex digits"),
])
async def test_a_malformed_persisted_query_is_bad_user_input_naming_the_field(client, persisted, field, expected):
    for body in ({"query": QUERY, "extensions": {"persistedQuery": persisted}},
                 {"extensions": {"persistedQuery": persisted}}):
        response = await client.http.post("/graphql", json=body)
        assert response.status_code == 400, response.text
        (error,) = response.json()["errors"]
        assert error["extensions"]["code"] == "BAD_USER_INPUT", error
        assert error["message"].startswith(field) and expected in error["message"], error["message"]


async def test_a_malformed_persisted_query_by_get_is_named_the_same(client):
    response = await client.http.get(
        "/graphql", params={"extensions": json.dumps({"persistedQuery": "abc"})}, headers=PREFLIGHT)
    assert response.status_code == 400, response.text
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and "`extensions.persistedQuery`" in error["message"]


async def test_another_version_is_not_supported_with_the_code_apollo_links_fall_back_on(client):
    response = await client.http.post(
        "/graphql", json={"query": QUERY, "extensions": {"persistedQuery": {"version": 2, "sha256Hash": SHA}}})
    assert response.status_code == 400
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "PERSISTED_QUERY_NOT_SUPPORTED"
    assert "`extensions.persistedQuery.version`" in error["message"] and "version 1" in error["message"]


async def test_a_well_formed_persisted_query_still_runs_by_its_hash(client):
    extensions = {"persistedQuery": {"version": 1, "sha256Hash": SHA}}
    stored = await client.http.post("/graphql", json={"query": QUERY, "extensions": extensions})
    assert stored.status_code == 200 and stored.json()["data"] == {"__typename": "Query"}
    by_hash = await client.http.post("/graphql", json={"extensions": extensions})
    assert by_hash.status_code == 200 and by_hash.json()["data"] == {"__typename": "Query"}, by_hash.text


@pytest.mark.parametrize("body", [{"extensions": {"persistedQuery": None}}, {"query": None}, {}])
async def test_a_request_with_no_query_at_all_says_what_to_send(client, body):
    response = await client.http.post("/graphql", json=body)
    assert response.status_code == 400
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "`query`" in error["message"] and "`extensions.persistedQuery`" in error["message"], error["message"]
