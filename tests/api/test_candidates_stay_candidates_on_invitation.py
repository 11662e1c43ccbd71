"""A recruiter's invitation sent to a candidate's address never turns the candidate's account
into a recruiter's: accepting it is refused with a reason and a way forward, and nothing
changes (her applications, her access, the invitation still pending). Inviting an address that
has a candidate's account already answers as for any address (test_inviting_a_candidates_address.py):
here the candidate signs up with the address after it was invited."""
from __future__ import annotations

from dataclasses import dataclass

from tests.applications_helpers import APPLY, parsed_resume

INVITE = "mutation($e: String!){ inviteRecruiter(email: $e){ token invitation { id } } }"
ACCEPT = "mutation($t: String!){ acceptInvitation(token: $t){ id role } }"
ME = "{ me { email role organization { id } } }"
APPLICATIONS = "query($id: ID!){ job(id: $id){ applications { totalCount } } }"
PENDING = "query($id: ID!){ node(id: $id){ ... on Organization { pendingInvitations { id status } } } }"


@dataclass
class _Ready:
    candidate: str
    employer: str
    job: dict
    resume: str


async def test_a_candidate_accepting_an_invitation_is_refused_and_stays_a_candidate(client):
    employer, employer_user = await client.employer()
    job = await client.post_job(employer)
    email = "casey.candidate@example.com"
    issued = (await client.data(INVITE, {"e": email}, employer))["inviteRecruiter"]
    candidate_token = (await client.register("CANDIDATE", email=email))["accessToken"]
    ready = _Ready(candidate=candidate_token, employer=employer, job=job,
                   resume=await parsed_resume(client, candidate_token))
    await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": ready.resume}}, ready.candidate)
    candidate = (await client.data(ME, token=ready.candidate))["me"]
    organization_id = employer_user["organization"]["id"]

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
