"""A match's explanation says no more of the résumé than its reader may see of it: a recruiter
the candidate has not applied to reads how the résumé's place relates to the job's, never the
place itself (its `parsed.location` is hidden from them); the candidate reads their own, and
so does the recruiter once applied to. Over GraphQL, as the job's matches and as matchFound."""
from __future__ import annotations

from tests.applications_helpers import APPLY, parsed_resume, wait_until
from tests.fixtures.documents import RESUME_TEXT

ADDRESS = "Address : H.No 45, Ward 7, Ludhiana, Punjab - 141001"
JOB_MATCHES = """query($id: ID!){ job(id: $id){ matches(first: 10) { edges { node {
  resume { parsed { location phone email name } } explanation } } } } }"""
MY_MATCHES = "{ me { matches(first: 10) { edges { node { explanation resume { parsed { location } } } } } } }"


async def test_a_recruiter_not_applied_to_reads_no_word_of_the_resume_s_place(client):
    candidate, _ = await client.candidate()
    employer, _ = await client.employer()
    job = await client.post_job(employer, title="Senior Backend Engineer", location="Leeds, UK", remote="ONSITE",
                                description="Python services on PostgreSQL and Kubernetes; Docker; AWS.",
                                requiredSkills=["Python", "PostgreSQL"])
    resume_id = await parsed_resume(client, candidate, RESUME_TEXT.replace(" | Portland, OR", "\n" + ADDRESS))

    async def matched() -> bool:
        return bool((await client.data(JOB_MATCHES, {"id": job["id"]}, employer))["job"]["matches"]["edges"])

    await wait_until(matched, attempts=600)
    own = (await client.data(MY_MATCHES, token=candidate))["me"]["matches"]["edges"][0]["node"]
    place = own["resume"]["parsed"]["location"]
    assert place and place in own["explanation"]  # the candidate reads their own place

    seen = (await client.data(JOB_MATCHES, {"id": job["id"]}, employer))["job"]["matches"]["edges"][0]["node"]
    assert seen["resume"]["parsed"] == {"location": None, "phone": None, "email": None, "name": None}
    text = seen["explanation"]
    for hidden in ("Ludhiana", "Punjab", "141001", "Ward", "H.No", place, "555 010", "Jordan", "example.com"):
        assert hidden not in text, (hidden, text)
    assert "job is in Leeds, UK; the résumé places the candidate" in text

    await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume_id}}, candidate)
    applied = (await client.data(JOB_MATCHES, {"id": job["id"]}, employer))["job"]["matches"]["edges"][0]["node"]
    assert applied["resume"]["parsed"]["location"] == place and place in applied["explanation"]
