"""A candidate who names an organization has most likely picked the wrong role: they hear
so, rather than have the organization silently dropped, and no account is left behind."""
from __future__ import annotations

REGISTER = "mutation($i: RegisterInput!){ register(input: $i){ user { id role organization { name } } } }"


async def test_a_candidate_naming_an_organization_is_refused_and_can_register_again(client):
    person = {"email": "maria.silva@example.com", "password": "correct horse battery staple",
              "name": "Maria Silva", "role": "CANDIDATE"}
    body = await client.execute(REGISTER, {"i": {**person, "organizationName": "Acme Care Homes"}})
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and error["extensions"]["field"] == "organizationName"
    assert "EMPLOYER" in error["message"]
    registered = await client.data(REGISTER, {"i": person})
    assert registered["register"]["user"]["organization"] is None


async def test_a_blank_organization_name_from_a_form_is_no_organization(client):
    person = {"email": "li.wei@example.com", "password": "correct horse battery staple", "name": "Li Wei",
              "role": "CANDIDATE", "organizationName": "  "}
    assert (await client.data(REGISTER, {"i": person}))["register"]["user"]["role"] == "CANDIDATE"
