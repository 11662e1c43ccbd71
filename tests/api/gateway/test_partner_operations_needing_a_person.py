"""A manifest operation that needs a signed-in person, run with a partner's API key, says
that a key acts for no person and how to run it instead; it used to ask for a bearer token,
which a request with a key never reads."""
from __future__ import annotations

import hashlib
import json

import pytest

from tests.api.gateway.test_partner_api_keys import issue_key

CLOSE = "mutation PartnerClose($id: ID!) { closeJob(id: $id) { id status } }"
ME = "query PartnerMe { me { id } }"


@pytest.fixture
def settings(settings, tmp_path):
    manifest = tmp_path / "persisted-query-manifest.json"
    manifest.write_text(json.dumps({"format": "apollo-persisted-query-manifest", "version": 1, "operations": [
        {"id": hashlib.sha256(body.encode()).hexdigest(), "name": name, "type": kind, "body": body}
        for body, name, kind in ((CLOSE, "PartnerClose", "mutation"), (ME, "PartnerMe", "query"))]}))
    settings.trusted_documents_manifest = manifest
    return settings


async def test_a_persisted_mutation_needing_a_person_says_keys_act_for_none(client, app):
    key, _, _ = await issue_key(client, app)
    employer, _ = await client.employer()
    job = await client.post_job(employer)
    response = await client.http.post(
        "/graphql",
        json={"documentId": "sha256:" + hashlib.sha256(CLOSE.encode()).hexdigest(), "variables": {"id": job["id"]}},
        headers={"x-api-key": key, "Authorization": f"Bearer {employer}"},
    )
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "UNAUTHENTICATED"
    assert "API key acts for a partner" in error["message"] and "without `x-api-key`" in error["message"]
    # Nothing was closed by the key nor by the bearer token beside it.
    status = await client.data("query($id: ID!){ job(id: $id){ status } }", {"id": job["id"]}, employer)
    assert status["job"]["status"] == "OPEN"
    # `me` keeps its contract: null for a caller who is no person.
    me = await client.http.post("/graphql", json={"documentId": "sha256:" + hashlib.sha256(ME.encode()).hexdigest()},
                                headers={"x-api-key": key})
    assert me.json() == {"data": {"me": None}, "extensions": me.json()["extensions"]}
