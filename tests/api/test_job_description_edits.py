"""Editing a job's words reads its skills again: the skills read from the old description go,
the new description's come, skills the employer listed themselves stay, and the job is
matched again. Over GraphQL."""
from __future__ import annotations

from tests.resume_choice_helpers import PASTRY, settled, with_resume

UPDATE = """mutation($id: ID!, $i: JobUpdateInput!){
  updateJob(id: $id, input: $i){ requiredSkills niceToHaveSkills } }"""
SET_SKILLS = "mutation($id: ID!, $s: [String!]){ updateJob(id: $id, input: {requiredSkills: $s}){ requiredSkills } }"

PYTHON_AD = "Build APIs in Python and PostgreSQL."
FORKLIFT_AD = "Operate a forklift in our warehouse; stock control experience required."


def _folded(names: list[str]) -> set[str]:
    return {n.casefold() for n in names}


async def test_a_new_description_replaces_the_skills_read_from_the_old_one(client):
    token, _ = await client.employer()
    job = await client.post_job(token, title="Warehouse role", description=PYTHON_AD, requiredSkills=[])
    assert {"python", "postgresql"} <= _folded(job["requiredSkills"])

    edited = (await client.data(UPDATE, {"id": job["id"], "i": {"description": FORKLIFT_AD}}, token))["updateJob"]
    now = _folded(edited["requiredSkills"] + edited["niceToHaveSkills"])
    assert not {"python", "postgresql"} & now
    assert any("forklift" in name for name in now)


async def test_skills_the_employer_listed_stay_beside_the_new_description_s(client):
    token, _ = await client.employer()
    job = await client.post_job(token, title="Warehouse role", description=PYTHON_AD, requiredSkills=[])
    listed = job["requiredSkills"] + ["Team leadership"]
    await client.data(SET_SKILLS, {"id": job["id"], "s": listed}, token)

    edited = (await client.data(UPDATE, {"id": job["id"], "i": {"description": FORKLIFT_AD}}, token))["updateJob"]
    required = _folded(edited["requiredSkills"])
    assert "team leadership" in required
    assert not {"python", "postgresql"} & required
    assert any("forklift" in name for name in required)


async def test_an_employer_s_own_list_is_kept_whole_when_only_the_words_change(client):
    token, _ = await client.employer()
    job = await client.post_job(token, title="Warehouse role", description=PYTHON_AD,
                                requiredSkills=["Inventory management", "Team leadership"])
    edited = (await client.data(UPDATE, {"id": job["id"], "i": {"description": FORKLIFT_AD}}, token))["updateJob"]
    assert edited["requiredSkills"] == ["Inventory management", "Team leadership"]


async def test_the_edited_job_is_matched_again_on_its_new_skills(client):
    candidate, _ = await client.candidate()
    await with_resume(client, candidate, PASTRY)
    employer, _ = await client.employer()
    job = await client.post_job(employer, title="Kitchen role", description=PYTHON_AD, requiredSkills=[])
    pastry_ad = "Bake croissants, brioche and sourdough bread; pastry and baking skills required."
    # Posted after it: once this one is matched (one queue worker), the first has been too.
    marker = await client.post_job(employer, title="Pastry Chef", description=pastry_ad, requiredSkills=[])
    before = await settled(client, candidate, lambda m: marker["id"] in m)
    assert job["id"] not in before  # the Python words do not fit a pastry chef

    edited = (await client.data(UPDATE, {"id": job["id"], "i": {"description": pastry_ad}}, employer))["updateJob"]
    assert {"baking", "pastry"} & _folded(edited["requiredSkills"])
    await settled(client, candidate, lambda m: job["id"] in m)
