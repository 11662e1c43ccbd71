"""Over GraphQL with the real parser, embedder and queue, on both backends: the recruiter who
posted a job finds "New candidates for <title>" in the inbox when the matching worker finds
candidates at or above their notifyMinScore (not only on a live matchFound stream), naming the
job and how many, never who; a candidate finds a receipt of their own application."""
from __future__ import annotations

from tests.applications_helpers import APPLY, parsed_resume, ready_to_apply, wait_until
from tests.new_candidates_helpers import JOB_SCORES, matching_announced, new_candidates_entries
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

INBOX = "{ me { notifications(first: 10) { edges { node { kind subject text applicationId jobId newCandidates } } } } }"

NURSE = """Nora Quinn
Bristol, UK
07700 900321 | nora.quinn@example.com

SUMMARY
Registered nurse, six years on acute medical wards.

EXPERIENCE
Staff Nurse, Southmead Hospital
Jun 2018 - Present
Acute medicine: patient assessment, medication administration, wound care and IV therapy.

SKILLS
NMC registration, Medication administration, Wound care, IV therapy, Patient assessment
"""


async def test_the_poster_finds_new_candidates_in_the_inbox_counted_and_unnamed(served):
    client, _ = served
    employer, _ = await client.employer()
    job = await client.post_job(employer, title="Staff Nurse - Acute Medicine", location="Bristol",
                                description="Staff nurse for our acute medical unit: patient assessment, medication "
                                            "administration, wound care and IV therapy.",
                                requiredSkills=["NMC registration", "Medication administration"])
    candidate, _ = await client.candidate()
    await parsed_resume(client, candidate, NURSE)

    (told,) = await matching_announced(client, job["id"], 1, employer)
    (score,) = [e["node"]["score"] for e in
                (await client.data(JOB_SCORES, {"id": job["id"]}, employer))["job"]["matches"]["edges"]]
    assert told == 1, f"the nurse scores {score}, under the recruiter's notifyMinScore: the test shows nothing"
    (notice,) = await new_candidates_entries(client, employer, job["id"])
    assert notice == {"kind": "MATCH", "subject": "New candidates for Staff Nurse - Acute Medicine",
                      "jobId": job["id"], "newCandidates": 1}
    (entry,) = [e["node"] for e in (await client.data(INBOX, token=employer))["me"]["notifications"]["edges"]]
    assert entry["text"].startswith("1 new candidate matches Staff Nurse - Acute Medicine")
    assert "Nora" not in entry["text"] and "Quinn" not in entry["text"]


async def test_a_candidate_finds_a_receipt_of_their_application(served):
    client, _ = served
    ready = await ready_to_apply(client, title="Line Cook")
    candidate, job = ready.candidate, ready.job
    applied = (await client.data(APPLY, ready.application, candidate))["applyToJob"]

    async def receipts() -> list[dict]:
        edges = (await client.data(INBOX, token=candidate))["me"]["notifications"]["edges"]
        return [e["node"] for e in edges if e["node"]["kind"] == "APPLICATION"]

    async def received() -> bool:
        return bool(await receipts())

    await wait_until(received, attempts=600)
    (receipt,) = await receipts()
    assert receipt["subject"] == f"Your application to Line Cook at {job['organization']['name']} was received"
    assert (receipt["applicationId"], receipt["jobId"], receipt["newCandidates"]) == (applied["id"], job["id"], None)
