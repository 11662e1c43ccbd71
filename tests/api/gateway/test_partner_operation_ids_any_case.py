"""A partner's operation id names the same manifest operation whichever way it is sent: a hex
digest in any case, as `documentId` (with or without `sha256:`) or as Apollo's sha256Hash; an id
that is no digest (a name the manifest chose) is matched exactly on both paths."""
from __future__ import annotations

import hashlib

import pytest

from tests.api.gateway.test_partner_api_keys import (
    SEARCH,
    SEARCH_ID,
    issue_key,
    partner_post,
    settings,  # noqa: F401 - the app starts with the manifest below
)

NAMED_ID = "PartnerSearch-V2"


@pytest.fixture
def manifest_operations() -> list[dict]:
    return [
        {"id": SEARCH_ID, "name": "PartnerSearch", "type": "query", "body": SEARCH},
        {"id": NAMED_ID, "name": "PartnerSearch", "type": "query", "body": SEARCH},
    ]


def _by_hash(operation_id: str) -> dict:
    return {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": operation_id}}}


@pytest.mark.parametrize("body", [
    {"documentId": SEARCH_ID.upper()},
    {"documentId": f"sha256:{SEARCH_ID.upper()}"},
    _by_hash(SEARCH_ID.upper()),
    {"documentId": NAMED_ID},
    _by_hash(NAMED_ID),
], ids=["documentId upper", "sha256: upper", "sha256Hash upper", "documentId named", "sha256Hash named"])
async def test_the_same_id_runs_the_same_operation_on_either_path(client, app, body):
    key, _, _ = await issue_key(client, app)
    response = await partner_post(client, key, body)
    assert response.status_code == 200, response.text
    assert response.json()["data"] == {"searchJobs": {"edges": []}}


async def test_a_named_id_in_another_case_is_still_not_in_the_list(client, app):
    key, _, _ = await issue_key(client, app)
    for body in ({"documentId": NAMED_ID.lower()}, _by_hash(NAMED_ID.lower())):
        response = await partner_post(client, key, body)
        assert response.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_IN_LIST"
    assert hashlib.sha256(SEARCH.encode()).hexdigest() == SEARCH_ID
