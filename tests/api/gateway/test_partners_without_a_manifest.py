"""A gateway started without a trusted-documents manifest has nothing a partner may run. Its
partners are told that, and whom to ask, instead of "send one of the manifest's ids", which
sends them looking for an id that does not exist."""
from __future__ import annotations

import hashlib

from tests.admin_helpers import admin_token

SEARCH = "query PartnerSearch { searchJobs(first: 5) { edges { node { title } } } }"
ISSUE = 'mutation{ issueApiKey(partner: "Jobboard PL"){ key } }'


async def test_a_partner_of_a_gateway_without_a_manifest_is_told_none_is_published(client, app, settings):
    assert settings.trusted_documents_manifest is None
    admin, _ = await admin_token(app, client)
    key = (await client.data(ISSUE, token=admin))["issueApiKey"]["key"]
    for body in ({"query": SEARCH},
                 {"extensions": {"persistedQuery": {"version": 1,
                                                    "sha256Hash": hashlib.sha256(SEARCH.encode()).hexdigest()}}}):
        response = await client.http.post("/graphql", json=body, headers={"x-api-key": key})
        (error,) = response.json()["errors"]
        assert response.status_code == 400 and error["extensions"]["code"] == "PERSISTED_QUERY_NOT_IN_LIST"
        assert error["message"] == (
            "This gateway publishes no operations for partners (no trusted-documents manifest is configured),"
            " so an API key can run none yet: ask TalentGraph's operators to publish the manifest.")
