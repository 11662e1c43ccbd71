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


SUBMISSIONS = """query($id: ID!){ job(id: $id){ applications { edges { node {
  coverLetter history { status coverLetter resume { id } } } } } } }"""


async def test_deleting_the_account_erases_the_letters_and_resumes_each_submission_was_sent_with(served):
    client, _ = served
    candidate, _ = await client.candidate()
    resume = await parsed_resume(client, candidate)
    employer, _ = await client.employer()
    job = await client.post_job(employer)
    sent = {"i": {"jobId": job["id"], "resumeId": resume, "coverLetter": CANDIDATES_WORDS}}
    application = (await client.data(APPLY, sent, candidate))["applyToJob"]
    await client.data(MOVE, {"id": application["id"], "s": "WITHDRAWN"}, candidate)
    await client.data(APPLY, {"i": {**sent["i"], "coverLetter": "Sent again."}}, candidate)
    (before,) = [e["node"] for e in (await client.data(SUBMISSIONS, {"id": job["id"]}, employer))["job"]["applications"]["edges"]]
    assert [(h["coverLetter"], (h["resume"] or {}).get("id")) for h in before["history"]] == [
        (CANDIDATES_WORDS, resume), (None, None), ("Sent again.", resume)]

    assert (await client.data(DELETE, {"p": "correct horse battery staple"}, candidate))["deleteAccount"] is True

    (seen,) = [e["node"] for e in (await client.data(SUBMISSIONS, {"id": job["id"]}, employer))["job"]["applications"]["edges"]]
    assert seen["coverLetter"] is None
    assert [(h["status"], h["coverLetter"], h["resume"]) for h in seen["history"]] == [
        ("SUBMITTED", None, None), ("WITHDRAWN", None, None), ("SUBMITTED", None, None)]
