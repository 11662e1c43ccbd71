"""A job ad's licences and certificates, posted over GraphQL, become the job's skills as a
résumé's licences list names them: on bullets, in lists, beside the word that asks for them,
and as the employer typed them; and a skills search finds the job by them."""
from __future__ import annotations

SEARCH = """query($f: JobFilter){ searchJobs(filter: $f, first: 20){ edges { node { id } } } }"""

LORRY_AD = """Class 2 Lorry Driver - Multi-drop
Requirements:
• Driver CPC
• Experience using digital tachographs
• ADR
Must hold a valid Category D licence. CPCS or NPORS tickets an advantage.
"""


def _folded(names: list[str]) -> set[str]:
    return {n.casefold() for n in names}


async def test_credentials_on_bullets_and_in_requirement_prose_are_the_job_s_skills(client):
    token, _ = await client.employer()
    job = await client.post_job(token, title="Lorry Driver", description=LORRY_AD, requiredSkills=[])
    required, nice = _folded(job["requiredSkills"]), _folded(job["niceToHaveSkills"])
    assert {"driver cpc", "adr", "category d licence"} <= required, job
    assert "digital tachographs" in required or "tachograph" in required, job
    assert "cpcs or npors" in nice, job  # either card meets it: one nice-to-have, not two


async def test_a_skills_search_for_either_of_two_alternative_credentials_finds_the_job(client):
    token, _ = await client.employer()
    job = await client.post_job(token, title="Plant Operator", description="Moving plant on sites.",
                                requiredSkills=["CPCS or NPORS"])
    assert job["requiredSkills"] == ["CPCS or NPORS"]
    found = (await client.data(SEARCH, {"f": {"skills": ["NPORS"]}}))["searchJobs"]["edges"]
    assert job["id"] in [edge["node"]["id"] for edge in found]


async def test_a_skills_search_finds_the_job_by_a_credential_named_on_a_bullet(client):
    token, _ = await client.employer()
    job = await client.post_job(token, title="Tanker Driver", description=LORRY_AD, requiredSkills=[])
    found = (await client.data(SEARCH, {"f": {"skills": ["ADR certificate"]}}))["searchJobs"]["edges"]
    assert job["id"] in [edge["node"]["id"] for edge in found]


async def test_an_employer_s_credential_with_a_note_is_listed_by_the_name_the_taxonomy_knows(client):
    token, _ = await client.employer()
    job = await client.post_job(token, title="HGV Driver", description="Night trunking between depots.",
                                requiredSkills=["Driver CPC (DQC)", "HGV Class 1 (C+E)", "Driver CPC card"])
    assert job["requiredSkills"] == ["Driver CPC", "HGV Class 1"]
