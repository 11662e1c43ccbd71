"""The skills an employer lists come back as they capitalised them, and still find the job
under any spelling the taxonomy knows."""
from __future__ import annotations

SEARCH = "query($f: JobFilter){ searchJobs(filter: $f){ edges { node { id } } } }"


async def test_skills_capitalised_on_purpose_are_shown_as_written_and_still_found(client):
    token, _ = await client.employer()
    job = await client.post_job(token, title="Sous Chef", description="A busy brasserie kitchen.",
                                requiredSkills=["Food Safety", "Wound Care", "postgresql"])
    assert job["requiredSkills"] == ["Food Safety", "Wound Care", "PostgreSQL"]
    for wanted in (["food hygiene"], ["FOOD SAFETY"], ["wound care"]):
        found = (await client.data(SEARCH, {"f": {"skills": wanted}}))["searchJobs"]["edges"]
        assert [edge["node"]["id"] for edge in found] == [job["id"]], wanted


async def test_one_skill_in_two_cases_is_listed_once(client):
    token, _ = await client.employer()
    job = await client.post_job(token, requiredSkills=["Food Safety", "food safety", "FOOD SAFETY", "Python", "python"],
                                niceToHaveSkills=["food safety", "Wound Care", "wound care"])
    assert job["requiredSkills"] == ["Food Safety", "Python"]
    assert job["niceToHaveSkills"] == ["Wound Care"]


async def test_a_title_cased_skill_keeps_its_case_beside_the_taxonomys_acronym(client):
    # The taxonomy's "IV therapy" fixes only "IV": the nurse's ad shows "IV Therapy" as written.
    token, _ = await client.employer()
    job = await client.post_job(token, title="ICU Registered Nurse", description="Night shifts in intensive care.",
                                requiredSkills=["IV Therapy", "Patient Assessment"])
    assert job["requiredSkills"] == ["IV Therapy", "Patient Assessment"]
