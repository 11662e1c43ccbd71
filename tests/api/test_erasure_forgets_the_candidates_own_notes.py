"""A candidate's words on their own application (the note of their withdrawal) are their
personal data like the cover letter: deleting the account erases them. The hiring team's
notes on the same application are the organization's record and stay. Both backends."""
from __future__ import annotations

from tests.applications_helpers import APPLY, MOVE, parsed_resume
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

DELETE = "mutation($p: String!){ deleteAccount(password: $p) }"
HISTORY = """query($id: ID!){ job(id: $id){ applications { edges { node {
  status candidate { name } history { status note } } } } } }"""
CANDIDATES_WORDS = "I took a job at Quillfeather Bakery in Parramatta, call me on 0412 000 111"
TEAMS_WORDS = "Strong grill section experience"


async def test_deleting_the_account_erases_the_candidates_withdrawal_note_not_the_teams(served):
    client, _ = served
    candidate, _ = await client.candidate()
    resume = await parsed_resume(client, candidate)
    employer, _ = await client.employer()
    job = await client.post_job(employer)
    application = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate))["applyToJob"]
    await client.data(MOVE, {"id": application["id"], "s": "SCREENING", "n": TEAMS_WORDS}, employer)
    await client.data(MOVE, {"id": application["id"], "s": "WITHDRAWN", "n": CANDIDATES_WORDS}, candidate)

    assert (await client.data(DELETE, {"p": "correct horse battery staple"}, candidate))["deleteAccount"] is True

    (seen,) = [e["node"] for e in (await client.data(HISTORY, {"id": job["id"]}, employer))["job"]["applications"]["edges"]]
    assert seen["candidate"]["name"] == "Former candidate"
    assert [(event["status"], event["note"]) for event in seen["history"]] == [
        ("SUBMITTED", None), ("SCREENING", TEAMS_WORDS), ("WITHDRAWN", None)]
