"""A skills filter entry with no words in it ("%", "-") filters nothing: it is refused rather
than silently dropped (which answered every job, as if the filter were not there). A blank
entry, as an empty box of a form sends, still means no skill."""
from __future__ import annotations

import pytest

SEARCH = "query($f: JobFilter){ searchJobs(filter: $f){ totalCount } }"


@pytest.mark.parametrize("skills", [["%"], ["C++", "--"], ["Wound care", "-"]])
async def test_a_skill_without_words_is_refused(client, skills):
    token, _ = await client.employer()
    await client.post_job(token, requiredSkills=["Python"])
    body = await client.execute(SEARCH, {"f": {"skills": skills}})
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and error["extensions"]["field"] == "filter.skills"
    assert "name a skill" in error["message"]


async def test_real_skills_still_filter(client):
    token, _ = await client.employer()
    await client.post_job(token, requiredSkills=["Python"])
    assert (await client.data(SEARCH, {"f": {"skills": ["python"]}}))["searchJobs"]["totalCount"] == 1
    assert (await client.data(SEARCH, {"f": {"skills": ["Wound care"]}}))["searchJobs"]["totalCount"] == 0
