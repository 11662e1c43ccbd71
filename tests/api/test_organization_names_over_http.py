"""Organization names over GraphQL, on both backends: a name people read as a taken one is
refused with CONFLICT and a way on (an invitation), and no account is made; a name passing for
another by look-alike letters is BAD_USER_INPUT; administrators mark organizations verified
(declared IsAdmin), which everyone sees as Organization.verified."""
from __future__ import annotations

from resolvers.ids import to_global_id
from tests.admin_helpers import admin_token
from tests.graphql_client import REGISTER
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken } }"
VERIFY = "mutation($id: ID!, $v: Boolean!){ adminVerifyOrganization(id: $id, verified: $v){ id name verified } }"
ORGANIZATION = "query($id: ID!){ node(id: $id){ ... on Organization { name verified } } }"
PASSWORD = "correct horse battery staple"


def _employer(email: str, organization: str) -> dict:
    return {"input": {"email": email, "password": PASSWORD, "name": "Sam", "role": "EMPLOYER",
                      "organizationName": organization}}


async def test_a_taken_organization_name_is_a_conflict_naming_the_way_on_and_makes_no_account(served):
    client, _ = served
    await client.data(REGISTER, _employer("founder.acme@example.com", "Acme Care Homes"))

    response = await client.http.post(client.path, json={"query": REGISTER,
                                                         "variables": _employer("rival@example.com", "ACME  care homes")})

    (error,) = response.json()["errors"]
    assert error["extensions"] == {"code": "CONFLICT", "field": "organizationName"}
    assert "already exists" in error["message"] and "inviteRecruiter" in error["message"]
    assert response.json().get("data") is None
    login = await client.execute(LOGIN, {"e": "rival@example.com", "p": PASSWORD})
    assert login["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"  # no account was made
    # The address is free: the same person registers with a name of their own.
    again = await client.data(REGISTER, _employer("rival@example.com", "Acme Care Homes North"))
    assert again["register"]["user"]["organization"]["name"] == "Acme Care Homes North"


async def test_a_name_with_look_alike_letters_of_another_script_is_bad_user_input(served):
    client, _ = served
    body = await client.execute(REGISTER, _employer("mimic@example.com", "\u0410cme Care Homes"))
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "organizationName",
                                   "reason": "LOOK_ALIKE_LETTERS"}
    assert "CYRILLIC CAPITAL LETTER A" in error["message"]
    login = await client.execute(LOGIN, {"e": "mimic@example.com", "p": PASSWORD})
    assert login["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_administrators_mark_an_organization_verified_and_everyone_sees_it(served):
    client, app = served
    recruiter, user = await client.employer()
    organization_id = user["organization"]["id"]
    assert (await client.data(ORGANIZATION, {"id": organization_id}, recruiter))["node"]["verified"] is False
    refused = await client.execute(VERIFY, {"id": organization_id, "v": True}, recruiter)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"

    admin, _ = await admin_token(app, client)
    marked = (await client.data(VERIFY, {"id": organization_id, "v": True}, admin))["adminVerifyOrganization"]

    assert marked == {"id": organization_id, "name": user["organization"]["name"], "verified": True}
    candidate, _ = await client.candidate()
    assert (await client.data(ORGANIZATION, {"id": organization_id}, candidate))["node"]["verified"] is True
    unmarked = await client.data(VERIFY, {"id": organization_id, "v": False}, admin)
    assert unmarked["adminVerifyOrganization"]["verified"] is False


async def test_verifying_an_unknown_organization_is_not_found(served):
    client, app = served
    admin, _ = await admin_token(app, client)
    body = await client.execute(VERIFY, {"id": to_global_id("Organization", "nobody"), "v": True}, admin)
    assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"
