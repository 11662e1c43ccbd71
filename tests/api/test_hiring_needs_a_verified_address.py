"""Where verified addresses are required, a recruiter whose address is not proven runs no hiring
pipeline: it moves no application (nor emails the candidate a note) and reads no candidate's
email, résumé file or parsed contact fields, as it may post no job. Its colleagues and the
candidate themselves are unaffected."""
from __future__ import annotations

import pytest

from tests.applications_helpers import APPLY, MOVE, parsed_resume
from tests.graphql_client import raw_id

INVITE = "mutation($e: String!){ inviteRecruiter(email: $e){ token } }"
PIPELINE = """query($id: ID!){ node(id: $id){ ... on Application { status
  candidate { id name email } resume { id downloadUrl parsed { email phone } } } } }"""


@pytest.fixture
def settings(settings):
    return settings.model_copy(update={"require_verified_email": True})


async def _pipeline(client, app):
    users = app.state.services.repositories.users
    recruiter, recruiter_user = await client.employer()
    await users.set_email_verified(raw_id(recruiter_user["id"]))
    job = await client.post_job(recruiter, title="Ward Nurse", description="Night shifts on a surgical ward.")
    candidate, candidate_user = await client.candidate()
    await users.set_email_verified(raw_id(candidate_user["id"]))
    resume = await parsed_resume(client, candidate)
    application = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate))["applyToJob"]
    token = (await client.data(INVITE, {"e": "late.verifier@example.com"}, recruiter))["inviteRecruiter"]["token"]
    colleague = await client.register("EMPLOYER", email="late.verifier@example.com", organizationName=None,
                                      invitationToken=token)
    return recruiter, colleague, candidate, application


async def test_an_unverified_recruiter_moves_no_application(client, app):
    recruiter, colleague, candidate, application = await _pipeline(client, app)
    refused = await client.execute(MOVE, {"id": application["id"], "s": "REJECTED", "n": "Not this time."},
                                   colleague["accessToken"])
    assert refused["data"] is None
    assert refused["errors"][0]["extensions"] == {"code": "FORBIDDEN", "reason": "EMAIL_NOT_VERIFIED"}
    assert "update an application's status" in refused["errors"][0]["message"]
    seen = await client.data("query($id: ID!){ node(id: $id){ ... on Application { status version } } }",
                             {"id": application["id"]}, candidate)
    assert seen["node"] == {"status": "SUBMITTED", "version": 1}
    messages = await app.state.services.notifier.messages_for(raw_id(application["candidate"]["id"]))
    assert not [m for m in messages if "Not this time." in m["body_text"]]

    # Once proven, the same account moves it; the verified colleague and the candidate never needed to wait.
    await app.state.services.repositories.users.set_email_verified(raw_id(colleague["user"]["id"]))
    moved = await client.data(MOVE, {"id": application["id"], "s": "SCREENING"}, colleague["accessToken"])
    assert moved["updateApplicationStatus"]["status"] == "SCREENING"
    assert (await client.data(MOVE, {"id": application["id"], "s": "INTERVIEW"}, recruiter)
            )["updateApplicationStatus"]["status"] == "INTERVIEW"


async def test_an_unverified_recruiter_reads_no_candidate_contact_data(client, app):
    recruiter, colleague, _, application = await _pipeline(client, app)
    verified = (await client.data(PIPELINE, {"id": application["id"]}, recruiter))["node"]
    assert verified["candidate"]["email"].endswith("@example.com")
    assert verified["resume"]["downloadUrl"]
    assert verified["resume"]["parsed"]["email"]

    unverified = await client.execute(PIPELINE, {"id": application["id"]}, colleague["accessToken"])
    assert "errors" not in unverified
    node = unverified["data"]["node"]
    # The application stays in view (its status, who applied): only the contact data is hidden.
    assert node["status"] == "SUBMITTED" and node["candidate"]["name"] == verified["candidate"]["name"]
    assert node["candidate"]["email"] == ""
    assert node["resume"]["downloadUrl"] is None
    assert node["resume"]["parsed"] == {"email": None, "phone": None}
    by_id = await client.data("query($id: ID!){ node(id: $id){ ... on User { email } } }",
                              {"id": verified["candidate"]["id"]}, colleague["accessToken"])
    assert by_id["node"] == {"email": ""}

    await app.state.services.repositories.users.set_email_verified(raw_id(colleague["user"]["id"]))
    assert (await client.data(PIPELINE, {"id": application["id"]}, colleague["accessToken"]))["node"] == verified
