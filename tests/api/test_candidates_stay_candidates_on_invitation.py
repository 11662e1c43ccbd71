"""A recruiter's invitation sent to a candidate's address never turns the candidate's account
into a recruiter's: accepting it is refused with a reason and a way forward, and nothing
changes (her applications, her access, the invitation still pending)."""
from __future__ import annotations

from tests.applications_helpers import APPLY, ready_to_apply

INVITE = "mutation($e: String!){ inviteRecruiter(email: $e){ token invitation { id } } }"
ACCEPT = "mutation($t: String!){ acceptInvitation(token: $t){ id role } }"
ME = "{ me { email role organization { id } } }"
APPLICATIONS = "query($id: ID!){ job(id: $id){ applications { totalCount } } }"
PENDING = "query($id: ID!){ node(id: $id){ ... on Organization { pendingInvitations { id status } } } }"


async def test_a_candidate_accepting_an_invitation_is_refused_and_stays_a_candidate(client):
    ready = await ready_to_apply(client)
    await client.data(APPLY, ready.application, ready.candidate)
    candidate = (await client.data(ME, token=ready.candidate))["me"]
    organization_id = ready.employer_user["organization"]["id"]
    issued = (await client.data(INVITE, {"e": candidate["email"]}, ready.employer))["inviteRecruiter"]

    refused = await client.execute(ACCEPT, {"t": issued["token"]}, ready.candidate)
    error = refused["errors"][0]
    assert error["extensions"] == {"code": "FORBIDDEN", "reason": "CANDIDATE_ACCOUNT"}, refused
    assert "separate account" in error["message"] and "invitationToken" in error["message"]

    assert (await client.data(ME, token=ready.candidate))["me"] == {
        "email": candidate["email"], "role": "CANDIDATE", "organization": None}
    forbidden = await client.execute(APPLICATIONS, {"id": ready.job["id"]}, ready.candidate)
    assert forbidden["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    other_job = await client.post_job(ready.employer, title="Ward Nurse")
    applied = await client.data(APPLY, {"i": {"jobId": other_job["id"], "resumeId": ready.resume}}, ready.candidate)
    assert applied["applyToJob"]["job"]["id"] == other_job["id"]
    pending = (await client.data(PENDING, {"id": organization_id}, ready.employer))["node"]["pendingInvitations"]
    assert pending == [{"id": issued["invitation"]["id"], "status": "PENDING"}]
