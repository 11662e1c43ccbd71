"""Inviting an address again replaces its open invitation: one pending invitation, the new
one, whose link works while the old link is refused; several invites at once (a double click,
two recruiters) still leave exactly one pending. Both backends."""
from __future__ import annotations

import asyncio

from tests.account_helpers import employer_without_organization
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

INVITE = "mutation($e: String!){ inviteRecruiter(email: $e){ token invitation { id status } } }"
ACCEPT = "mutation($t: String!){ acceptInvitation(token: $t){ organization { id } } }"
PENDING = "query($id: ID!){ node(id: $id){ ... on Organization { pendingInvitations { id email } } } }"


async def _pending(client, token: str, organization_id: str) -> list[dict]:
    return (await client.data(PENDING, {"id": organization_id}, token))["node"]["pendingInvitations"]


async def test_the_second_invitation_replaces_the_first(served):
    client, app = served
    recruiter, recruiter_user = await client.employer()
    organization_id = recruiter_user["organization"]["id"]
    email = "asked.twice@example.com"
    invitee, _ = await employer_without_organization(app, client, email)
    first = (await client.data(INVITE, {"e": email}, recruiter))["inviteRecruiter"]
    second = (await client.data(INVITE, {"e": email.upper()}, recruiter))["inviteRecruiter"]
    assert second["invitation"]["status"] == "PENDING"
    assert [p["id"] for p in await _pending(client, recruiter, organization_id)] == [second["invitation"]["id"]]
    refused = await client.execute(ACCEPT, {"t": first["token"]}, invitee)
    assert refused["errors"][0]["extensions"]["reason"] == "REVOKED"
    joined = (await client.data(ACCEPT, {"t": second["token"]}, invitee))["acceptInvitation"]
    assert joined == {"organization": {"id": organization_id}}


async def test_invites_of_one_address_at_once_leave_exactly_one_pending(served):
    client, _ = served
    recruiter, recruiter_user = await client.employer()
    organization_id = recruiter_user["organization"]["id"]
    for round_ in range(3):
        email = f"double.click.{round_}@example.com"
        bodies = await asyncio.gather(*(client.execute(INVITE, {"e": email}, recruiter) for _ in range(4)))
        assert all("errors" not in b for b in bodies), bodies
        issued = {b["data"]["inviteRecruiter"]["invitation"]["id"] for b in bodies}
        pending = [p for p in await _pending(client, recruiter, organization_id) if p["email"] == email]
        assert len(pending) == 1 and pending[0]["id"] in issued, (pending, bodies)
