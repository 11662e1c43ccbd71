"""Where verified addresses are required, an invitation is accepted only by an account whose
address is proven: whoever typed the invitee's address into a sign-up has not shown it is theirs."""
from __future__ import annotations

import pytest

from tests.account_helpers import employer_without_organization, raw_id

INVITE = "mutation($e: String!){ inviteRecruiter(email: $e){ token } }"
ACCEPT = "mutation($t: String!){ acceptInvitation(token: $t){ role } }"


@pytest.fixture
def settings(settings):
    return settings.model_copy(update={"require_verified_email": True})


async def test_an_unverified_account_cannot_accept_until_its_address_is_verified(client, app):
    recruiter, recruiter_user = await client.employer()
    invitee, invitee_id = await employer_without_organization(app, client, "unverified@example.com")
    users = app.state.services.repositories.users
    await users.set_email_verified(raw_id(recruiter_user["id"]))
    token = (await client.data(INVITE, {"e": "unverified@example.com"}, recruiter))["inviteRecruiter"]["token"]

    refused = await client.execute(ACCEPT, {"t": token}, invitee)
    assert refused["errors"][0]["extensions"] == {"code": "FORBIDDEN", "reason": "EMAIL_NOT_VERIFIED"}
    await users.set_email_verified(raw_id(invitee_id))
    assert (await client.data(ACCEPT, {"t": token}, invitee))["acceptInvitation"]["role"] == "EMPLOYER"


async def test_signing_up_with_an_invitation_does_not_verify_the_address(client, app):
    # The inviter saw the secret too: holding it proves nothing about the mailbox.
    recruiter, recruiter_user = await client.employer()
    await app.state.services.repositories.users.set_email_verified(raw_id(recruiter_user["id"]))
    token = (await client.data(INVITE, {"e": "new.recruiter@example.com"}, recruiter))["inviteRecruiter"]["token"]
    signed = await client.register("EMPLOYER", email="new.recruiter@example.com", organizationName=None,
                                   invitationToken=token)
    assert signed["user"]["organization"] == recruiter_user["organization"]
    refused = await client.execute("mutation{ postJob(input: {title: \"Nurse\", description: \"Care\"}){ id } }",
                                   token=signed["accessToken"])
    assert refused["errors"][0]["extensions"] == {"code": "FORBIDDEN", "reason": "EMAIL_NOT_VERIFIED"}


async def _verified(client, token: str) -> bool:
    return (await client.data("{ me { emailVerified } }", token=token))["me"]["emailVerified"]


async def test_the_emailed_token_carries_a_proof_the_shown_one_lacks(client, app):
    from tests.account_helpers import link_token, mailed

    recruiter, recruiter_user = await client.employer()
    await app.state.services.repositories.users.set_email_verified(raw_id(recruiter_user["id"]))
    shown = (await client.data(INVITE, {"e": "mailed.recruiter@example.com"}, recruiter))["inviteRecruiter"]["token"]
    (mail,) = await mailed(app, recruiter_user["id"], "You are invited to recruit on TalentGraph")
    emailed = link_token(mail)
    assert emailed != shown and emailed.startswith(shown)
    # A proof that does not match the secret proves nothing (and the secret alone still works below).
    forged = await client.register("EMPLOYER", email="mailed.recruiter@example.com", organizationName=None,
                                   invitationToken=shown + ".forged")
    assert await _verified(client, forged["accessToken"]) is False


async def test_the_emailed_link_makes_the_account_verified_in_the_same_step(client, app):
    from tests.account_helpers import link_token, mailed, outbox_for

    recruiter, recruiter_user = await client.employer()
    await app.state.services.repositories.users.set_email_verified(raw_id(recruiter_user["id"]))
    await client.data(INVITE, {"e": "mailed.recruiter@example.com"}, recruiter)
    (mail,) = await mailed(app, recruiter_user["id"], "You are invited to recruit on TalentGraph")
    signed = await client.register("EMPLOYER", email="mailed.recruiter@example.com", organizationName=None,
                                   invitationToken=link_token(mail))
    assert await _verified(client, signed["accessToken"]) is True
    posted = await client.data("mutation{ postJob(input: {title: \"Nurse\", description: \"Care\"}){ id } }",
                               token=signed["accessToken"])
    assert posted["postJob"]["id"]
    assert await outbox_for(app, signed["user"]["id"], "Confirm your email address") == []


async def test_a_proof_with_letters_outside_ascii_is_no_proof_and_no_error(client, app):
    recruiter, recruiter_user = await client.employer()
    await app.state.services.repositories.users.set_email_verified(raw_id(recruiter_user["id"]))
    shown = (await client.data(INVITE, {"e": "accent.recruiter@example.com"}, recruiter))["inviteRecruiter"]["token"]
    signed = await client.register("EMPLOYER", email="accent.recruiter@example.com", organizationName=None,
                                   invitationToken=shown + ".é")
    assert await _verified(client, signed["accessToken"]) is False


async def test_an_unverified_recruiter_cannot_rewrite_a_colleague_s_job_either(client, app):
    # Rewriting an ad publishes its text as posting one does: the same proof is asked for.
    recruiter, recruiter_user = await client.employer()
    await app.state.services.repositories.users.set_email_verified(raw_id(recruiter_user["id"]))
    job = await client.post_job(recruiter, title="Forklift Driver", description="Counterbalance trucks.")
    token = (await client.data(INVITE, {"e": "late.verifier@example.com"}, recruiter))["inviteRecruiter"]["token"]
    signed = await client.register("EMPLOYER", email="late.verifier@example.com", organizationName=None,
                                   invitationToken=token)
    update = "mutation($id: ID!){ updateJob(id: $id, input: {title: \"Win a prize\"}){ title } }"
    refused = await client.execute(update, {"id": job["id"]}, signed["accessToken"])
    assert refused["errors"][0]["extensions"] == {"code": "FORBIDDEN", "reason": "EMAIL_NOT_VERIFIED"}
    assert "update a job" in refused["errors"][0]["message"]
    assert (await client.data("query($id: ID!){ job(id: $id){ title } }", {"id": job["id"]}))["job"]["title"] \
        == "Forklift Driver"
    # Closing it stays open to every member: taking an ad down publishes nothing.
    closed = await client.data("mutation($id: ID!){ closeJob(id: $id){ status } }", {"id": job["id"]},
                               signed["accessToken"])
    assert closed["closeJob"]["status"] == "CLOSED"
