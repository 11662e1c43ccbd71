"""The recruiter who posted a job is told when new candidates match it: in the inbox (and the
channels their preferences choose), not only on a live matchFound stream; once a day per job,
naming no one. Over GraphQL, with the real parser, embedder and queue."""
from __future__ import annotations

from tests.applications_helpers import parsed_resume, wait_until

INBOX = "{ me { notifications(first: 10) { edges { node { kind subject text jobId } } } } }"
JOB_MATCHES = "query($id: ID!){ job(id: $id){ matches(first: 10) { totalCount } } }"

NURSE = """Nora Quinn
Bristol, UK
07700 900321 | nora.quinn@example.com

SUMMARY
Registered nurse, six years on acute medical wards.

EXPERIENCE
Staff Nurse, Southmead Hospital
Jun 2018 - Present
Acute medicine: patient assessment, medication administration, wound care and IV therapy.

REGISTRATION
NMC registration
"""


async def test_the_poster_hears_of_new_candidates_once_a_day(client):
    employer, _ = await client.employer()
    job = await client.post_job(employer, title="Staff Nurse - Acute Medicine", location="Bristol",
                                description="Staff nurse for our acute medical unit: patient assessment, medication "
                                            "administration, wound care and IV therapy.",
                                requiredSkills=["NMC registration", "Medication administration"])
    for _ in range(2):
        candidate, _ = await client.candidate()
        await parsed_resume(client, candidate, NURSE)

    async def both_matched() -> bool:
        return (await client.data(JOB_MATCHES, {"id": job["id"]}, employer))["job"]["matches"]["totalCount"] == 2

    async def told() -> list[dict]:
        edges = (await client.data(INBOX, None, employer))["me"]["notifications"]["edges"]
        return [e["node"] for e in edges if e["node"]["subject"].startswith("New candidates")]

    await wait_until(both_matched, attempts=600)
    await wait_until(lambda: _nonempty(told), attempts=200)
    (notice,) = await told()  # the second candidate's batch the same day adds no second notice
    assert notice["kind"] == "MATCH" and notice["jobId"] == job["id"]
    assert notice["subject"] == "New candidates for Staff Nurse - Acute Medicine"
    assert "new candidate" in notice["text"] and "Nora" not in notice["text"]


async def _nonempty(read) -> bool:
    return bool(await read())
