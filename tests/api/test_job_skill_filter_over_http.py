"""The skills filter of job search finds a job whatever spelling of a skill either side uses:
the employer's own spelling, the taxonomy's canonical name, another alias, another case."""
from __future__ import annotations

import pytest

from tests.aws_backend import aws_client, aws_settings  # noqa: F401

FOUND = "query($f: JobFilter){ searchJobs(filter: $f, first: 100){ edges { node { id } } } }"
# Written the way employers write them; each but the last resolves to a longer canonical name.
POSTED = ["ACLS", "Licensed Practical Nurse", "TIG welding", "Forklift licence", "SAP S/4HANA"]


async def found(client, *skills: str) -> set[str]:
    data = await client.data(FOUND, {"f": {"skills": list(skills)}})
    return {edge["node"]["id"] for edge in data["searchJobs"]["edges"]}


@pytest.fixture
async def job_id(client):
    token, _ = await client.employer()
    job = await client.post_job(token, title="Ward and warehouse", requiredSkills=POSTED)
    return job["id"]


@pytest.mark.parametrize("skill", POSTED)
async def test_a_skill_is_found_as_the_employer_spelled_it(client, job_id, skill):
    assert job_id in await found(client, skill)


@pytest.mark.parametrize("skill", POSTED)
async def test_a_skill_is_found_in_another_case(client, job_id, skill):
    assert job_id in await found(client, skill.upper())
    assert job_id in await found(client, skill.lower())


async def test_a_skill_is_found_by_its_canonical_name(client, job_id):
    from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

    skills = EmbeddedSkillExtractor()
    canonical = [skills.canonical(s) for s in POSTED[:-1]]
    assert all(canonical) and canonical != POSTED[:-1], canonical
    for name in canonical:
        assert job_id in await found(client, name), name
    assert job_id in await found(client, *canonical)


async def test_every_skill_asked_for_must_be_on_the_job(client, job_id):
    assert job_id in await found(client, *POSTED)
    assert job_id not in await found(client, "Phlebotomy")
    assert job_id not in await found(client, POSTED[0], "Phlebotomy")


async def test_the_same_on_the_aws_backend(aws_client):
    from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

    client, _ = aws_client
    token, _ = await client.employer()
    job_id = (await client.post_job(token, title="Ward and warehouse", requiredSkills=POSTED))["id"]
    skills = EmbeddedSkillExtractor()
    for asked in [*POSTED, *(s.upper() for s in POSTED), *(skills.canonical(s) for s in POSTED[:-1])]:
        assert job_id in await found(client, asked), asked
    assert job_id not in await found(client, POSTED[0], "Phlebotomy")
