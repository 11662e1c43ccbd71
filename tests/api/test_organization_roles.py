"""Owners and recruiters over GraphQL, on both backends. The takeover QA found: Helen founds
Acme and invites James, James registers with the invitation's token, then removes Helen; now
refused (FORBIDDEN, naming whom to ask), Helen stays signed in with her organization. Owners
make members owners or recruiters; the last owner stays one (CONFLICT, saying what to do
first); administrators manage any organization. Every owner-only mutation is listed below
and refuses recruiters, candidates and anonymous callers, by its declared permission."""
from __future__ import annotations

import pytest

from tests.admin_helpers import admin_token
from tests.graphql_client import REGISTER
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

INVITE = "mutation($e: String!){ inviteRecruiter(email: $e){ token } }"
REMOVE = "mutation($u: ID!){ removeOrganizationMember(userId: $u){ id members { id role } } }"
SET_ROLE = "mutation($u: ID!, $r: OrganizationRole!){ setOrganizationMemberRole(userId: $u, role: $r){ id members { id role } } }"
LEAVE = "mutation { leaveOrganization { id } }"
ME = "{ me { id organizationRole organization { id name members { id name role } } } }"
NOBODY = "VXNlcjpzb21lb25l"  # User:someone

OWNER_MUTATIONS = {
    "removeOrganizationMember": (REMOVE, {"u": NOBODY}),
    "setOrganizationMemberRole": (SET_ROLE, {"u": NOBODY, "r": "OWNER"}),
}


def _error(body: dict) -> dict:
    assert body.get("errors"), body
    return {"message": body["errors"][0]["message"], **body["errors"][0]["extensions"]}


async def _acme(client):
    """Helen founds Acme and invites James, who registers with the invitation's token."""
    helen, helen_user = await client.employer(organizationName="Acme", name="Helen Founder")
    issued = (await client.data(INVITE, {"e": "james.reed@example.com"}, helen))["inviteRecruiter"]
    signed = (await client.data(REGISTER, {"input": {
        "email": "james.reed@example.com", "password": "correct horse battery staple", "name": "James Reed",
        "role": "EMPLOYER", "invitationToken": issued["token"]}}))["register"]
    return helen, helen_user["id"], signed["accessToken"], signed["user"]["id"]


async def test_a_recruiter_who_joined_by_invitation_cannot_remove_the_founder(served):
    client, _ = served
    helen, helen_id, james, james_id = await _acme(client)

    refused = _error(await client.execute(REMOVE, {"u": helen_id}, james))

    assert (refused["code"], refused["reason"]) == ("FORBIDDEN", "NOT_AN_OWNER")
    assert refused["message"].startswith("Only an owner of Acme can remove members; ask its owner: Helen Founder")
    me = (await client.data(ME, token=helen))["me"]
    assert (me["organizationRole"], me["organization"]["name"]) == ("OWNER", "Acme")
    assert me["organization"]["members"] == [{"id": helen_id, "name": "Helen Founder", "role": "OWNER"},
                                             {"id": james_id, "name": "James Reed", "role": "RECRUITER"}]
    assert (await client.data(ME, token=james))["me"]["organizationRole"] == "RECRUITER"
    refused = _error(await client.execute(REMOVE, {"u": james_id}, james))
    assert refused["code"] == "FORBIDDEN" and "use leaveOrganization" in refused["message"]
    refused = _error(await client.execute(SET_ROLE, {"u": james_id, "r": "OWNER"}, james))
    assert refused["code"] == "FORBIDDEN" and "change members' roles" in refused["message"]


async def test_owners_hand_over_and_the_last_owner_stays(served):
    client, _ = served
    helen, helen_id, james, james_id = await _acme(client)

    left = await client.execute(LEAVE, token=helen)
    refused = _error(left)
    assert (refused["code"], refused["reason"]) == ("CONFLICT", "LAST_OWNER")
    assert "argument" not in left["errors"][0]["extensions"]  # leaveOrganization takes none
    assert "Make another member an owner first" in refused["message"]

    promoted = (await client.data(SET_ROLE, {"u": james_id, "r": "OWNER"}, helen))["setOrganizationMemberRole"]
    assert [m["role"] for m in promoted["members"]] == ["OWNER", "OWNER"]
    stepped_down = (await client.data(SET_ROLE, {"u": helen_id, "r": "RECRUITER"}, helen))
    assert [m["role"] for m in stepped_down["setOrganizationMemberRole"]["members"]] == ["RECRUITER", "OWNER"]

    refused = _error(await client.execute(SET_ROLE, {"u": james_id, "r": "RECRUITER"}, james))
    assert (refused["code"], refused["reason"]) == ("CONFLICT", "LAST_OWNER")
    assert refused["message"].startswith("You are the last owner of Acme")
    removed = (await client.data(REMOVE, {"u": helen_id}, james))["removeOrganizationMember"]
    assert removed["members"] == [{"id": james_id, "role": "OWNER"}]


async def test_an_administrator_changes_roles_in_any_organization(served):
    client, app = served
    helen, helen_id, _, james_id = await _acme(client)
    admin, _ = await admin_token(app, client)
    changed = (await client.data(SET_ROLE, {"u": james_id, "r": "OWNER"}, admin))["setOrganizationMemberRole"]
    assert [m["role"] for m in changed["members"]] == ["OWNER", "OWNER"]
    outsider, _ = await client.employer()
    assert _error(await client.execute(SET_ROLE, {"u": helen_id, "r": "RECRUITER"}, outsider))["code"] == "NOT_FOUND"


def test_the_table_names_every_owner_only_mutation():
    from resolvers.permissions import ChangesRoles, RemovesMembers
    from resolvers.schema import schema

    owner_only = {
        field.name for field in schema.get_type_by_name("Mutation").fields
        if {RemovesMembers, ChangesRoles} & {type(p) for p in _permissions(field)}
    }
    assert owner_only == {"remove_organization_member", "set_organization_member_role"}
    assert set(OWNER_MUTATIONS) == {"removeOrganizationMember", "setOrganizationMemberRole"}


def _permissions(field) -> list:
    from strawberry.permission import PermissionExtension

    return [p for e in field.extensions if isinstance(e, PermissionExtension) for p in e.permissions]


@pytest.mark.parametrize("field", sorted(OWNER_MUTATIONS))
@pytest.mark.parametrize("caller, code", [("recruiter", "FORBIDDEN"), ("candidate", "FORBIDDEN"),
                                          (None, "UNAUTHENTICATED")])
async def test_an_owner_only_mutation_refuses_everyone_else(served, field, caller, code):
    client, _ = served
    token = None
    if caller == "recruiter":
        _, _, token, _ = await _acme(client)
    elif caller == "candidate":
        token, _ = await client.candidate()
    document, variables = OWNER_MUTATIONS[field]
    body = await client.execute(document, variables, token)
    assert _error(body)["code"] == code
    assert body["errors"][0]["path"] == [field]
