"""Once a candidate erased their account, their application can be closed (REJECTED) by the
hiring team but moved on to nobody: SCREENING, INTERVIEW, OFFER and HIRED are refused with a
CONFLICT that says why and what is left."""
from __future__ import annotations

from tests.applications_helpers import parsed_resume

APPLY = "mutation($i: ApplyInput!){ applyToJob(input: $i){ id } }"
MOVE = "mutation($id: ID!, $s: ApplicationStatus!){ updateApplicationStatus(id: $id, status: $s){ id status } }"
DELETE = "mutation($p: String!){ deleteAccount(password: $p) }"
PASSWORD = "correct horse battery staple"
RESUME = """Marisol Tanaka-Reyes
marisol.tr@example.com | +63 917 555 0142 | Cebu

EXPERIENCE
Chief Cook, MV Southern Lantern
Mar 2018 - Present
Galley management for a crew of 24; HACCP food safety.

SKILLS
Cooking, Food safety, HACCP
"""


async def test_an_erased_candidates_application_is_only_rejected_never_moved_on(client):
    employer_token, _ = await client.employer()
    job = await client.post_job(employer_token)
    signed = await client.register("CANDIDATE", name="Marisol Tanaka-Reyes", email="marisol.tr@example.com")
    token = signed["accessToken"]
    resume_id = await parsed_resume(client, token, RESUME)
    sent = await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume_id}}, token)
    application_id = sent["applyToJob"]["id"]
    assert (await client.data(DELETE, {"p": PASSWORD}, token))["deleteAccount"] is True

    refused = (await client.execute(MOVE, {"id": application_id, "s": "SCREENING"}, employer_token))["errors"][0]
    assert refused["extensions"]["code"] == "CONFLICT"
    assert refused["extensions"]["reason"] == "CANDIDATE_ERASED"
    assert "deleted their account" in refused["message"] and "REJECTED" in refused["message"]
    closed = await client.data(MOVE, {"id": application_id, "s": "REJECTED"}, employer_token)
    assert closed["updateApplicationStatus"]["status"] == "REJECTED"
    # Nor is the rejection taken back: there is no one to move on with.
    refused = (await client.execute(MOVE, {"id": application_id, "s": "SUBMITTED"}, employer_token))["errors"][0]
    assert refused["extensions"]["code"] == "BAD_USER_INPUT" and refused["extensions"]["allowedStatuses"] == []
    assert "closed" in refused["message"]
