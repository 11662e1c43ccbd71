"""An invited recruiter signs up with the invitation's secret (`register` with role EMPLOYER
and `invitationToken`): the account is made in the inviting organization, no second
organization of the same name, and the invitation is used up in the same step; a refused
sign-up leaves no account behind. Accepting one invitation settles the others of the same
address to the same organization. Both backends."""
from __future__ import annotations

import asyncio

from tests.account_helpers import employer_without_organization
from tests.graphql_client import REGISTER
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

INVITE = "mutation($e: String!){ inviteRecruiter(email: $e){ token invitation { id status } } }"
REVOKE = "mutation($id: ID!){ revokeInvitation(id: $id){ id status } }"
PENDING = "query($id: ID!){ node(id: $id){ ... on Organization { pendingInvitations { id email status } } } }"
PERSON = "query($id: ID!){ node(id: $id){ ... on User { name } } }"
APPLICATIONS = "query($id: ID!){ job(id: $id){ applications { totalCount } } }"
LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken } }"
PASSWORD = "correct horse battery staple"


def _invitee(email: str, token: str, **overrides) -> dict:
    fields = {"email": email, "password": PASSWORD, "name": "Rosa Recruiter", "role": "EMPLOYER",
              "invitationToken": token}
    return {"input": {**fields, **overrides}}


def _refusal(body: dict) -> dict:
    assert body.get("errors"), body
    return body["errors"][0]["extensions"]


async def _no_account(client, email: str) -> None:
    refused = await client.execute(LOGIN, {"e": email, "p": PASSWORD})
    assert _refusal(refused)["code"] == "UNAUTHENTICATED"


async def test_an_invited_recruiter_signs_up_into_the_inviting_organization(served):
    client, _ = served
    recruiter, recruiter_user = await client.employer(organizationName="St Mary's Hospital")
    organization = recruiter_user["organization"]
    job = await client.post_job(recruiter)
    email = "rosa.recruiter@stmarys.example"
    issued = (await client.data(INVITE, {"e": email}, recruiter))["inviteRecruiter"]

    signed = (await client.data(REGISTER, _invitee(email, issued["token"])))["register"]
    assert signed["user"]["role"] == "EMPLOYER" and signed["user"]["organization"] == organization
    assert (await client.data(APPLICATIONS, {"id": job["id"]}, signed["accessToken"]))["job"]
    # Colleagues see each other (node(id:) on a User is for the same organization's members).
    assert (await client.data(PERSON, {"id": signed["user"]["id"]}, recruiter))["node"]["name"] == "Rosa Recruiter"
    assert (await client.data(PENDING, {"id": organization["id"]}, recruiter))["node"]["pendingInvitations"] == []

    # Used up: the same secret neither makes another account nor joins one.
    again = await client.execute(REGISTER, _invitee("rosa.other@stmarys.example", issued["token"]))
    assert _refusal(again)["code"] == "FORBIDDEN"  # another address
    await _no_account(client, "rosa.other@stmarys.example")


async def test_a_sign_up_with_an_invitation_that_does_not_hold_leaves_no_account(served):
    client, _ = served
    recruiter, _ = await client.employer()
    email = "ward.manager@example.com"
    issued = (await client.data(INVITE, {"e": email}, recruiter))["inviteRecruiter"]

    assert _refusal(await client.execute(REGISTER, _invitee("someone.else@example.com", issued["token"]))) == {
        "code": "FORBIDDEN", "reason": "OTHER_EMAIL"}
    wrong_role = _refusal(await client.execute(REGISTER, _invitee(email, issued["token"], role="CANDIDATE")))
    assert (wrong_role["code"], wrong_role["field"]) == ("BAD_USER_INPUT", "role")
    named = _refusal(await client.execute(REGISTER, _invitee(email, issued["token"], organizationName="Fake Org")))
    assert (named["code"], named["field"]) == ("BAD_USER_INPUT", "organizationName")
    bogus = _refusal(await client.execute(REGISTER, _invitee(email, "not-a-secret")))
    assert (bogus["code"], bogus["reason"], bogus["field"]) == ("BAD_USER_INPUT", "INVALID", "invitationToken")
    await client.data(REVOKE, {"id": issued["invitation"]["id"]}, recruiter)
    revoked = _refusal(await client.execute(REGISTER, _invitee(email, issued["token"])))
    assert (revoked["code"], revoked["reason"]) == ("BAD_USER_INPUT", "REVOKED")
    await _no_account(client, email)


async def test_an_address_already_registered_cannot_sign_up_again_and_the_invitation_stays_open(served):
    client, app = served
    recruiter, recruiter_user = await client.employer()
    email = "already.registered@example.com"
    await employer_without_organization(app, client, email)
    issued = (await client.data(INVITE, {"e": email}, recruiter))["inviteRecruiter"]
    taken = await client.execute(REGISTER, _invitee(email, issued["token"]))
    assert _refusal(taken)["code"] == "CONFLICT"
    pending = (await client.data(PENDING, {"id": recruiter_user["organization"]["id"]}, recruiter))
    assert [p["status"] for p in pending["node"]["pendingInvitations"]] == ["PENDING"]


async def test_signing_up_with_one_of_two_invitations_settles_the_other(served):
    client, _ = served
    recruiter, recruiter_user = await client.employer()
    organization_id = recruiter_user["organization"]["id"]
    email = "twice.invited@example.com"
    first, second = [(await client.data(INVITE, {"e": email}, recruiter))["inviteRecruiter"] for _ in range(2)]
    elsewhere, _ = await client.employer()
    other_organization = (await client.data(INVITE, {"e": email}, elsewhere))["inviteRecruiter"]

    await client.data(REGISTER, _invitee(email, second["token"]))
    assert (await client.data(PENDING, {"id": organization_id}, recruiter))["node"]["pendingInvitations"] == []
    stale = _refusal(await client.execute(REGISTER, _invitee(email, first["token"])))
    assert (stale["code"], stale["reason"]) == ("BAD_USER_INPUT", "REVOKED")
    # Only this organization's: another's invitation of the same address is left as it was.
    still = await client.execute(REVOKE, {"id": other_organization["invitation"]["id"]}, elsewhere)
    assert still["data"]["revokeInvitation"]["status"] == "REVOKED"


async def test_two_sign_ups_with_one_invitation_at_once_make_one_account(served):
    client, _ = served
    recruiter, recruiter_user = await client.employer()
    email = "double.click@example.com"
    issued = (await client.data(INVITE, {"e": email}, recruiter))["inviteRecruiter"]
    bodies = await asyncio.gather(*(client.execute(REGISTER, _invitee(email, issued["token"])) for _ in range(2)))
    won = [b for b in bodies if not b.get("errors")]
    lost = [b for b in bodies if b.get("errors")]
    assert len(won) == 1 and len(lost) == 1, bodies
    assert _refusal(lost[0])["code"] in {"CONFLICT", "BAD_USER_INPUT"}
    token = (await client.data(LOGIN, {"e": email, "p": PASSWORD}))["login"]["accessToken"]
    me = (await client.data("{ me { id role organization { id } } }", token=token))["me"]
    assert me == {"id": won[0]["data"]["register"]["user"]["id"], "role": "EMPLOYER",
                  "organization": {"id": recruiter_user["organization"]["id"]}}


async def test_a_sign_up_racing_a_revoke_either_joins_or_leaves_nothing(served):
    client, _ = served
    for attempt in range(3):
        recruiter, recruiter_user = await client.employer()
        email = f"raced{attempt}@example.com"
        issued = (await client.data(INVITE, {"e": email}, recruiter))["inviteRecruiter"]
        signed, revoked = await asyncio.gather(
            client.execute(REGISTER, _invitee(email, issued["token"])),
            client.execute(REVOKE, {"id": issued["invitation"]["id"]}, recruiter),
        )
        assert bool(signed.get("errors")) != bool(revoked.get("errors")), (signed, revoked)
        if signed.get("errors"):
            assert _refusal(signed)["reason"] == "REVOKED"
            await _no_account(client, email)
        else:
            assert _refusal(revoked)["code"] == "BAD_USER_INPUT"  # already accepted
            assert signed["data"]["register"]["user"]["organization"] == recruiter_user["organization"]


async def test_signing_up_from_the_invitation_email_verifies_the_address_with_the_account(served):
    client, app = served
    recruiter, recruiter_user = await client.employer()
    issued = (await client.data(INVITE, {"e": "from.the.mail@stmarys.example"}, recruiter))["inviteRecruiter"]
    # The token the email carries (the embedded backend's outbox test reads it from the mail).
    emailed = app.state.services.lifecycle.invitations.mailed_token(issued["token"])
    signed = (await client.data(REGISTER, _invitee("from.the.mail@stmarys.example", emailed)))["register"]
    me = await client.data("{ me { emailVerified organization { id } } }", token=signed["accessToken"])
    assert me["me"] == {"emailVerified": True, "organization": {"id": recruiter_user["organization"]["id"]}}
