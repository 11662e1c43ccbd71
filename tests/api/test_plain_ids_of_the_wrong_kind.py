"""Invitations, API keys, sessions and dead letters have plain ids, not global ones. A client
that sends another object's global ID there (a Job's, the commonest slip) or nothing at all is
told so with BAD_USER_INPUT, as every other ID argument does, not "no invitation has that id"."""
from __future__ import annotations

import pytest

from tests.admin_helpers import admin_token

REVOKE_INVITATION = "mutation($id: ID!){ revokeInvitation(id: $id){ id } }"
REVOKE_SESSION = "mutation($id: ID!){ revokeSession(id: $id) }"
REVOKE_KEY = "mutation($id: ID!){ revokeApiKey(id: $id){ id } }"
REQUEUE = "mutation($id: ID!){ adminRequeueDeadLetter(id: $id) }"
PENDING = "{ me { organization { pendingInvitations { id status } } } }"


@pytest.mark.parametrize("sent, said", [
    ("job", "`id` must be the ID of an invitation (from `pendingInvitations { id }`), not of a Job."),
    ("", "`id` must not be empty; send an invitation's id (from `pendingInvitations { id }`)."),
])
async def test_revoking_an_invitation_by_a_job_s_id_or_nothing_is_bad_input(client, sent, said):
    token, _ = await client.employer()
    job = await client.post_job(token)
    await client.data('mutation{ inviteRecruiter(email: "deputy@example.com"){ token } }', token=token)
    body = await client.execute(REVOKE_INVITATION, {"id": job["id"] if sent == "job" else sent}, token)
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": "id"}, body
    assert error["message"] == said
    assert [i["status"] for i in (await client.data(PENDING, token=token))["me"]["organization"]
            ["pendingInvitations"]] == ["PENDING"]


async def test_a_session_revoked_by_a_job_s_id_is_bad_input(client):
    token, _ = await client.employer()
    job = await client.post_job(token)
    body = await client.execute(REVOKE_SESSION, {"id": job["id"]}, token)
    assert body["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "argument": "id"}, body
    assert "must be the ID of a session (from `me { sessions { id } }`), not of a Job" in body["errors"][0]["message"]


@pytest.mark.parametrize("operation, kind", [(REVOKE_KEY, "an API key"), (REQUEUE, "a dead letter")])
async def test_admin_plain_ids_given_a_job_s_id_are_bad_input(client, app, operation, kind):
    admin, _ = await admin_token(app, client)
    employer, _ = await client.employer()
    job = await client.post_job(employer)
    body = await client.execute(operation, {"id": job["id"]}, admin)
    assert body["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "argument": "id"}, body
    assert f"must be the ID of {kind}" in body["errors"][0]["message"]


@pytest.mark.parametrize("sent", ["deadbeef", "0x" + "ab" * 16, "not-an-id", "%%%", "AB" * 16])
async def test_an_id_not_of_the_form_sessions_and_invitations_have_is_bad_input(client, sent):
    """A hex string of another length, or any other text, can name no session or invitation:
    BAD_USER_INPUT naming the argument, as a malformed global ID is; an id of the right form
    that names nothing of the caller's stays NOT_FOUND."""
    token, _ = await client.employer()
    await client.data('mutation{ inviteRecruiter(email: "deputy@example.com"){ token } }', token=token)
    for operation, noun in [(REVOKE_SESSION, "session"), (REVOKE_INVITATION, "invitation")]:
        (error,) = (await client.execute(operation, {"id": sent}, token))["errors"]
        assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": "id"}, (operation, error)
        assert error["message"].startswith(f"`id` is not a valid {noun} id;"), error["message"]
        assert await client.error_code(operation, {"id": "ab" * 16}, token) == "NOT_FOUND"
    assert [i["status"] for i in (await client.data(PENDING, token=token))["me"]["organization"]
            ["pendingInvitations"]] == ["PENDING"]


async def test_an_api_key_id_not_of_its_form_is_bad_input(client, app):
    admin, _ = await admin_token(app, client)
    (error,) = (await client.execute(REVOKE_KEY, {"id": "deadbeef"}, admin))["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": "id"}, error
    assert error["message"].startswith("`id` is not a valid API key id;")
