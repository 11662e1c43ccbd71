"""A match's explanation is worded for its reader: the candidate reading their own match is
spoken to ("the title is one you want", "your résumé says you are ..."), a recruiter reads of
"the candidate", before the candidate applies (no word of the résumé's place) and after (with
it). The same facts either way. Over GraphQL, as the candidate's and the job's matches."""
from __future__ import annotations

from tests.applications_helpers import APPLY, parsed_resume, wait_until
from tests.fixtures.documents import RESUME_TEXT

PREFERENCES = "mutation($i: PreferencesInput!){ updatePreferences(input: $i){ preferences { desiredTitles } } }"
JOB_MATCHES = """query($id: ID!){ job(id: $id){ matches(first: 10) { edges { node { explanation } } } } }"""
MY_MATCHES = "{ me { matches(first: 10) { edges { node { explanation resume { parsed { location } } } } } } }"
THIRD_PERSON = ("the candidate", "the résumé")


async def test_the_candidate_is_spoken_to_and_a_recruiter_reads_of_the_candidate(client):
    candidate, _ = await client.candidate()
    employer, _ = await client.employer()
    await client.data(PREFERENCES, {"i": {"desiredTitles": ["Platform Engineer"], "employmentTypes": ["FULL_TIME"]}},
                      candidate)
    job = await client.post_job(employer, title="Platform Engineer", location="Leeds, UK", remote="ONSITE",
                                employmentType="FULL_TIME", requiredSkills=["Python", "PostgreSQL"],
                                description="Python services on PostgreSQL and Kubernetes; Docker; AWS.")
    resume_id = await parsed_resume(client, candidate, RESUME_TEXT.replace(" | Portland, OR", "\nLeeds, UK"))

    async def matched() -> bool:
        return bool((await client.data(JOB_MATCHES, {"id": job["id"]}, employer))["job"]["matches"]["edges"])

    await wait_until(matched, attempts=600)
    own = (await client.data(MY_MATCHES, token=candidate))["me"]["matches"]["edges"][0]["node"]
    text = own["explanation"]
    assert "the title is one you want" in text and "an employment type you accept" in text, text
    assert f"your résumé places you in {own['resume']['parsed']['location']}, the same town as the job" in text, text
    assert not [w for w in THIRD_PERSON if w in text.lower()], text

    def recruiters(text: str) -> None:
        assert "the title is one the candidate wants" in text and "an employment type the candidate accepts" in text
        assert "you" not in text.lower().split(), text

    before = (await client.data(JOB_MATCHES, {"id": job["id"]}, employer))["job"]["matches"]["edges"][0]["node"]
    recruiters(before["explanation"])
    assert "the résumé places the candidate in the same town as the job" in before["explanation"], before

    await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume_id}}, candidate)
    after = (await client.data(JOB_MATCHES, {"id": job["id"]}, employer))["job"]["matches"]["edges"][0]["node"]
    recruiters(after["explanation"])
    assert "the résumé places the candidate in Leeds, UK, the same town as the job" in after["explanation"], after
