"""A recruiter invites a colleague by email; the colleague, signed in with that address to an
employer's account of no organization, accepts with the secret and recruits for the same
organization (signing up with it: test_invited_recruiters_sign_up.py). The secret works once and
until it expires; revoking ends it; two accepts of one secret at once: exactly one wins.
Both backends; the email is read from the embedded backend's outbox."""
from __future__ import annotations

import asyncio

from tests.account_helpers import employer_without_organization, link_token, mailed
from tests.admin_helpers import admin_token
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

INVITE = """mutation($e: String!){ inviteRecruiter(email: $e){ token
  invitation { id email status organizationId expiresAt } } }"""
ACCEPT = "mutation($t: String!){ acceptInvitation(token: $t){ id role organization { id } } }"
REVOKE = "mutation($id: ID!){ revokeInvitation(id: $id){ id status } }"
PENDING = "query($id: ID!){ node(id: $id){ ... on Organization { pendingInvitations { id email status } } } }"
LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken } }"
APPLICATIONS = "query($id: ID!){ job(id: $id){ applications { totalCount } } }"


def _code(body: dict) -> str:
    return body["errors"][0]["extensions"]["code"]


async def test_an_invited_colleague_joins_the_organization_once(served):
    client, app = served
    recruiter, recruiter_user = await client.employer()
    organization_id = recruiter_user["organization"]["id"]
    job = await client.post_job(recruiter)
    email = "una.unattached@example.com"
    colleague, colleague_id = await employer_without_organization(app, client, email)

    issued = (await client.data(INVITE, {"e": email.upper()}, recruiter))["inviteRecruiter"]
    invitation = issued["invitation"]
    assert invitation["email"] == email and invitation["status"] == "PENDING"
    assert invitation["organizationId"] == organization_id
    pending = (await client.data(PENDING, {"id": organization_id}, recruiter))["node"]["pendingInvitations"]
    assert [p["id"] for p in pending] == [invitation["id"]]
    assert _code(await client.execute(APPLICATIONS, {"id": job["id"]}, colleague)) == "FORBIDDEN"

    joined = (await client.data(ACCEPT, {"t": issued["token"]}, colleague))["acceptInvitation"]
    assert joined == {"id": colleague_id, "role": "EMPLOYER", "organization": {"id": organization_id}}
    # The same access token now acts for the organization: the role is read on every request.
    assert (await client.data(APPLICATIONS, {"id": job["id"]}, colleague))["job"]["applications"]["totalCount"] == 0
    assert (await client.data(PENDING, {"id": organization_id}, colleague))["node"]["pendingInvitations"] == []
    # Colleagues see each other's accounts (node(id:) on a User).
    person = "query($id: ID!){ node(id: $id){ ... on User { name } } }"
    assert (await client.data(person, {"id": recruiter_user["id"]}, colleague))["node"]["name"]

    again = await client.execute(ACCEPT, {"t": issued["token"]}, colleague)
    assert _code(again) == "BAD_USER_INPUT" and again["errors"][0]["extensions"]["reason"] == "USED"


async def test_only_the_invited_address_may_accept_and_a_revoked_invitation_is_dead(served):
    client, app = served
    recruiter, recruiter_user = await client.employer()
    invitee_email = "ivy.invitee@example.com"
    invitee, _ = await employer_without_organization(app, client, invitee_email)
    stranger, _ = await client.candidate()
    issued = (await client.data(INVITE, {"e": invitee_email}, recruiter))["inviteRecruiter"]

    wrong = await client.execute(ACCEPT, {"t": issued["token"]}, stranger)
    assert _code(wrong) == "FORBIDDEN" and "sign in with that address" in wrong["errors"][0]["message"]
    assert _code(await client.execute(ACCEPT, {"t": "not-a-secret"}, invitee)) == "BAD_USER_INPUT"

    outsider, _ = await client.employer()
    assert _code(await client.execute(REVOKE, {"id": issued["invitation"]["id"]}, outsider)) == "NOT_FOUND"
    revoked = (await client.data(REVOKE, {"id": issued["invitation"]["id"]}, recruiter))["revokeInvitation"]
    assert revoked["status"] == "REVOKED"
    refused = await client.execute(ACCEPT, {"t": issued["token"]}, invitee)
    assert _code(refused) == "BAD_USER_INPUT" and refused["errors"][0]["extensions"]["reason"] == "REVOKED"
    me = await client.data("{ me { role organization { id } } }", token=invitee)
    assert me["me"] == {"role": "EMPLOYER", "organization": None}


async def test_who_may_invite_and_see_the_pending_invitations(served):
    client, app = served
    recruiter, recruiter_user = await client.employer()
    organization_id = recruiter_user["organization"]["id"]
    candidate, _ = await client.candidate()
    outsider, _ = await client.employer()
    admin, _ = await admin_token(app, client)
    assert _code(await client.execute(INVITE, {"e": "sam@example.com"}, candidate)) == "FORBIDDEN"
    assert _code(await client.execute(INVITE, {"e": "sam@example.com"})) == "UNAUTHENTICATED"
    bad = await client.execute(INVITE, {"e": "not an address"}, recruiter)
    assert _code(bad) == "BAD_USER_INPUT" and bad["errors"][0]["extensions"]["field"] == "email"
    await client.data(INVITE, {"e": "sam@example.com"}, recruiter)
    for token in (candidate, outsider):
        refused = await client.execute(PENDING, {"id": organization_id}, token)
        assert _code(refused) == "FORBIDDEN"
        # An organization's invitations are no job's: the refusal says whose they are.
        assert "job" not in refused["errors"][0]["message"] and "invitations" in refused["errors"][0]["message"]
    listed = (await client.data(PENDING, {"id": organization_id}, admin))["node"]["pendingInvitations"]
    assert [p["email"] for p in listed] == ["sam@example.com"]


async def test_two_accepts_of_one_invitation_at_once_exactly_one_wins(served):
    client, app = served
    recruiter, recruiter_user = await client.employer()
    email = "two.devices@example.com"
    await employer_without_organization(app, client, email)
    issued = (await client.data(INVITE, {"e": email}, recruiter))["inviteRecruiter"]
    # Two sessions of the invitee, as two devices would hold.
    sessions = [
        (await client.data(LOGIN, {"e": email, "p": "correct horse battery staple"}))["login"]["accessToken"]
        for _ in range(2)
    ]
    bodies = await asyncio.gather(*(client.execute(ACCEPT, {"t": issued["token"]}, s) for s in sessions))
    won = [b for b in bodies if not b.get("errors")]
    lost = [b for b in bodies if b.get("errors")]
    assert len(won) == 1 and len(lost) == 1, bodies
    assert _code(lost[0]) == "BAD_USER_INPUT"
    members = (await client.data("{ me { role organization { id } } }", token=sessions[0]))["me"]
    assert members == {"role": "EMPLOYER", "organization": {"id": recruiter_user["organization"]["id"]}}


async def test_the_invitation_is_emailed_with_its_secret_to_the_invited_address(client, app):
    recruiter, recruiter_user = await client.employer()
    issued = (await client.data(INVITE, {"e": "sam@example.com"}, recruiter))["inviteRecruiter"]
    (message,) = await mailed(app, recruiter_user["id"], "You are invited to recruit on TalentGraph")
    assert message["recipient"] == "sam@example.com" and message["channel"] == "email"
    # The secret and, after a dot, the proof that the holder read this mailbox.
    assert link_token(message).startswith(issued["token"] + ".")


async def test_an_accept_racing_a_revoke_either_joins_or_changes_nothing(served):
    client, app = served
    for attempt in range(3):
        recruiter, recruiter_user = await client.employer()
        email = f"raced.accept{attempt}@example.com"
        invitee, _ = await employer_without_organization(app, client, email)
        issued = (await client.data(INVITE, {"e": email}, recruiter))["inviteRecruiter"]
        accepted, revoked = await asyncio.gather(
            client.execute(ACCEPT, {"t": issued["token"]}, invitee),
            client.execute(REVOKE, {"id": issued["invitation"]["id"]}, recruiter),
        )
        assert bool(accepted.get("errors")) != bool(revoked.get("errors")), (accepted, revoked)
        me = (await client.data("{ me { role organization { id } } }", token=invitee))["me"]
        if accepted.get("errors"):
            assert accepted["errors"][0]["extensions"]["reason"] == "REVOKED"
            assert me == {"role": "EMPLOYER", "organization": None}
        else:
            assert _code(revoked) == "BAD_USER_INPUT"
            assert me == {"role": "EMPLOYER", "organization": {"id": recruiter_user["organization"]["id"]}}
