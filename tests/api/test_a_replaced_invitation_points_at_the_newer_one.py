"""The link of an invitation that a newer invitation of the same address replaced (a colleague
invited the person again) is refused saying so, and pointing at the newest email, instead of
telling the person the organization revoked it and to ask for a new one they already have. A
revoked invitation still says revoked. Both backends."""
from __future__ import annotations

from tests.account_helpers import employer_without_organization
from tests.api.test_inviting_an_address_again import ACCEPT, INVITE
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

REVOKE = "mutation($id: ID!){ revokeInvitation(id: $id){ status } }"


async def test_a_replaced_link_points_at_the_newest_invitation(served):
    client, app = served
    recruiter, _ = await client.employer()
    colleague_invited_too = recruiter
    email = "invited.by.two@example.com"
    invitee, _ = await employer_without_organization(app, client, email)
    first = (await client.data(INVITE, {"e": email}, recruiter))["inviteRecruiter"]
    await client.data(INVITE, {"e": email}, colleague_invited_too)

    (refused,) = (await client.execute(ACCEPT, {"t": first["token"]}, invitee))["errors"]
    assert refused["extensions"]["code"] == "BAD_USER_INPUT" and refused["extensions"]["reason"] == "REVOKED"
    assert "newer invitation" in refused["message"] and "ask them for a new one" not in refused["message"]


async def test_a_revoked_link_still_says_revoked(served):
    client, app = served
    recruiter, _ = await client.employer()
    email = "revoked.once@example.com"
    invitee, _ = await employer_without_organization(app, client, email)
    issued = (await client.data(INVITE, {"e": email}, recruiter))["inviteRecruiter"]
    await client.data(REVOKE, {"id": issued["invitation"]["id"]}, recruiter)

    (refused,) = (await client.execute(ACCEPT, {"t": issued["token"]}, invitee))["errors"]
    assert refused["extensions"]["reason"] == "REVOKED" and "revoked by the organization" in refused["message"]
