"""Partners: API keys that admins issue and revoke, and only the manifest's operations, by id."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing

import pytest

from tests.admin_helpers import admin_token

SEARCH = "query PartnerSearch { searchJobs(first: 5) { edges { node { title } } } }"
SEARCH_ID = hashlib.sha256(SEARCH.encode()).hexdigest()
ISSUE = "mutation($p: String!){ issueApiKey(partner: $p){ key apiKey { id partner prefix active } } }"
REVOKE = "mutation($id: ID!){ revokeApiKey(id: $id){ id active revokedAt } }"


INTROSPECTION = "query Types { __schema { types { name } } }"
INTROSPECTION_ID = hashlib.sha256(INTROSPECTION.encode()).hexdigest()


@pytest.fixture
def manifest_operations() -> list[dict]:
    """The trusted documents the app starts with; a test adds its own by parametrizing this."""
    return [{"id": SEARCH_ID, "name": "PartnerSearch", "type": "query", "body": SEARCH}]


@pytest.fixture
def settings(settings, tmp_path, manifest_operations):
    manifest = tmp_path / "persisted-query-manifest.json"
    manifest.write_text(json.dumps({
        "format": "apollo-persisted-query-manifest",
        "version": 1,
        "operations": manifest_operations,
    }))
    settings.trusted_documents_manifest = manifest
    return settings


async def issue_key(client, app) -> tuple[str, dict, str]:
    admin, _ = await admin_token(app, client)
    issued = (await client.data(ISSUE, {"p": "Jobboard GmbH"}, admin))["issueApiKey"]
    return issued["key"], issued["apiKey"], admin


async def partner_post(client, key: str, body: dict):
    return await client.http.post("/graphql", json=body, headers={"x-api-key": key})


async def test_an_admin_issues_a_key_that_is_stored_only_as_a_hash(client, app, settings):
    key, api_key, _ = await issue_key(client, app)
    assert api_key["partner"] == "Jobboard GmbH" and api_key["active"] is True
    assert key.startswith(api_key["prefix"])
    # Read from the database file itself, as anyone with a copy of it could.
    with closing(sqlite3.connect(f"file:{settings.database_path}?mode=ro", uri=True)) as database:
        (key_hash,) = database.execute("SELECT key_hash FROM api_keys").fetchone()
        dump = database.execute("SELECT * FROM api_keys").fetchall()
    assert key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert key not in json.dumps(dump, default=str)


async def test_only_admins_may_issue_keys(client):
    token, _ = await client.employer()
    assert await client.error_code(ISSUE, {"p": "Sneaky"}, token) == "FORBIDDEN"


async def test_a_partner_runs_a_manifest_operation_by_its_id(client, app):
    key, _, _ = await issue_key(client, app)
    by_hash = await partner_post(client, key, {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": SEARCH_ID}}})
    assert by_hash.json() ["data"] == {"searchJobs": {"edges": []}}
    by_document_id = await partner_post(client, key, {"documentId": f"sha256:{SEARCH_ID}"})
    assert by_document_id.json()["data"] == {"searchJobs": {"edges": []}}


async def test_a_partner_cannot_send_free_form_queries_even_ones_in_the_manifest(client, app):
    key, _, _ = await issue_key(client, app)
    for body in ({"query": "{ me { id } }"}, {"query": SEARCH}):
        response = await partner_post(client, key, body)
        assert response.status_code == 400
        assert response.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_IN_LIST"


async def test_an_id_outside_the_manifest_is_not_in_the_list(client, app):
    key, _, _ = await issue_key(client, app)
    unknown = hashlib.sha256(b"{ __schema { types { name } } }").hexdigest()
    response = await partner_post(client, key, {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": unknown}}})
    assert response.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_IN_LIST"


async def test_a_revoked_key_stops_working_at_once(client, app):
    key, api_key, admin = await issue_key(client, app)
    revoked = (await client.data(REVOKE, {"id": api_key["id"]}, admin))["revokeApiKey"]
    assert revoked["active"] is False and revoked["revokedAt"]
    response = await partner_post(client, key, {"documentId": SEARCH_ID})
    assert response.status_code == 401
    assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


@pytest.mark.parametrize("manifest_operations", [[
    {"id": SEARCH_ID, "name": "PartnerSearch", "type": "query", "body": SEARCH},
    {"id": INTROSPECTION_ID, "name": "Types", "type": "query", "body": INTROSPECTION},
]])
async def test_introspection_is_refused_to_partners_even_from_the_manifest(client, app):
    key, _, _ = await issue_key(client, app)
    body = (await partner_post(client, key, {"documentId": INTROSPECTION_ID})).json()
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await client.execute(INTROSPECTION))["data"]["__schema"]["types"]


@pytest.mark.parametrize("body, field", [
    ({"extensions": {"persistedQuery": "abc"}}, "`extensions.persistedQuery`"),
    ({"extensions": {"persistedQuery": {"sha256Hash": SEARCH_ID}}}, "`extensions.persistedQuery.version`"),
    ({"extensions": {"persistedQuery": {"version": 1, "sha256Hash": 5}}}, "`extensions.persistedQuery.sha256Hash`"),
    ({"documentId": 5}, "`documentId`"),
])
async def test_a_malformed_operation_id_from_a_partner_is_bad_user_input_naming_it(client, app, body, field):
    key, _, _ = await issue_key(client, app)
    response = await partner_post(client, key, body)
    assert response.status_code == 400
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and error["message"].startswith(field), error
