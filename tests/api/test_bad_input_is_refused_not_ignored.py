"""Input that cannot mean what it says is refused with BAD_USER_INPUT and an actionable message,
and nothing is written: a blank skill name, a null for a field every job has, a malformed
admin cursor; and the wording of the wrong-kind-of-ID message."""
from __future__ import annotations

import pytest

from resolvers.ids import to_global_id
from tests.admin_helpers import admin_token

POST = "mutation($i: JobInput!){ postJob(input: $i){ id } }"
UPDATE = "mutation($id: ID!, $i: JobUpdateInput!){ updateJob(id: $id, input: $i){ id title remote requiredSkills } }"
COUNT = "query{ searchJobs(filter: {status: null}){ totalCount } }"
JOB = "query($id: ID!){ job(id: $id){ title remote requiredSkills niceToHaveSkills employmentType description } }"
DEAD = "query($a: String){ adminDeadMatchAnnouncements(after: $a){ endCursor hasNextPage } }"


@pytest.mark.parametrize("skills", [{"requiredSkills": [""]}, {"requiredSkills": ["Python", "  "]},
                                    {"niceToHaveSkills": [""]}])
async def test_a_blank_skill_name_is_refused_and_no_job_is_posted(client, skills):
    token, _ = await client.employer()
    body = await client.execute(POST, {"i": {"title": "Engineer", "description": "Python", **skills}}, token)
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT", body
    assert "empty skill name" in error["message"] and "send []" in error["message"]
    assert (await client.data(COUNT))["searchJobs"]["totalCount"] == 0


@pytest.mark.parametrize("field", ["title", "description", "remote", "employmentType", "requiredSkills",
                                   "niceToHaveSkills"])
async def test_a_null_for_a_field_every_job_has_is_refused_and_the_job_is_unchanged(client, field):
    token, _ = await client.employer()
    job = await client.post_job(token, remote="HYBRID")
    before = (await client.data(JOB, {"id": job["id"]}))["job"]
    body = await client.execute(UPDATE, {"id": job["id"], "i": {field: None, "location": "Leeds"}}, token)
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT", body
    assert f"`{field}` cannot be null" in error["message"] and "leave the field out" in error["message"]
    assert (await client.data(JOB, {"id": job["id"]}))["job"] == before


async def test_nullable_fields_of_a_job_are_still_cleared_by_null(client):
    token, _ = await client.employer()
    job = await client.post_job(token, location="Leeds", seniority="SENIOR")
    cleared = await client.data("mutation($id: ID!){ updateJob(id: $id, input: {location: null, seniority: null})"
                                "{ location seniority } }", {"id": job["id"]}, token)
    assert cleared["updateJob"] == {"location": None, "seniority": None}


async def test_a_malformed_dead_announcements_cursor_is_refused_like_every_other(client, app):
    admin, _ = await admin_token(app, client)
    for cursor in ("zz", "", to_global_id("Job", "x")):
        body = await client.execute(DEAD, {"a": cursor}, admin)
        if cursor == "":
            assert body["data"]["adminDeadMatchAnnouncements"]["hasNextPage"] is False  # left out
            continue
        assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT", body
        assert "`after` is not a valid cursor" in body["errors"][0]["message"]


async def test_the_wrong_kind_of_id_reads_a_user(client, app):
    admin, _ = await admin_token(app, client)
    body = await client.execute("mutation($id: ID!){ adminSuspendUser(id: $id){ id } }",
                                {"id": to_global_id("Job", "x")}, admin)
    assert body["errors"][0]["message"] == "`id` must be the ID of a User, not of a Job."


@pytest.mark.parametrize("skills", [[""], ["Python", "   "]])
async def test_a_blank_skill_in_a_search_filter_is_refused_not_dropped(client, skills):
    # Dropped, the filter would list every job: the opposite of what was asked.
    token, _ = await client.employer()
    await client.post_job(token, title="Engineer", description="Python", requiredSkills=["Python"])
    await client.post_job(token, title="Baker", description="Bread", requiredSkills=["Baking"])
    body = await client.execute("query($f: JobFilter){ searchJobs(filter: $f){ totalCount } }", {"f": {"skills": skills}})
    error = body["errors"][0]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "filter.skills"}, body
    assert "must name a skill" in error["message"]
