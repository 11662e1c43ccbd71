"""A recruiter sets how good a job's new candidates must be to be told of them: their own
`notifyMinScore` through updatePreferences (the job-search fields stay a candidate's, refused
with BAD_USER_INPUT naming the field), and the hiring team's floor on a job through postJob and
updateJob (seen only by the team). Out-of-range scores answer 400 BAD_USER_INPUT naming the
field with what to send, and change nothing."""
from __future__ import annotations

import pytest

from tests.admin_helpers import admin_token

PREFERENCES = "mutation($i: PreferencesInput!){ updatePreferences(input: $i){ preferences { notifyMinScore } } }"
MINE = "{ me { preferences { notifyMinScore locations } } }"
UPDATE_JOB = "mutation($id: ID!, $i: JobUpdateInput!){ updateJob(id: $id, input: $i){ notifyMinScore title } }"
POST_JOB = "mutation($i: JobInput!){ postJob(input: $i){ id notifyMinScore } }"
JOB_FLOOR = "query($id: ID!){ job(id: $id){ notifyMinScore } }"
JOB_TITLE = "query($id: ID!){ job(id: $id){ title } }"


async def _refused(client, query: str, variables: dict, token: str) -> dict:
    response = await client.http.post("/graphql", json={"query": query, "variables": variables},
                                      headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 400, response.text
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    return error


async def test_a_recruiter_sets_their_own_notify_floor(client):
    recruiter, _ = await client.employer()
    assert (await client.data(PREFERENCES, {"i": {"notifyMinScore": 0.9}}, recruiter))["updatePreferences"] == {
        "preferences": {"notifyMinScore": 0.9}}
    assert (await client.data(MINE, token=recruiter))["me"]["preferences"]["notifyMinScore"] == 0.9


@pytest.mark.parametrize("score", [1.5, -0.1])
async def test_a_recruiters_floor_out_of_range_is_refused_and_kept(client, score):
    recruiter, _ = await client.employer()
    error = await _refused(client, PREFERENCES, {"i": {"notifyMinScore": score}}, recruiter)
    assert error["extensions"]["field"] == "notifyMinScore"
    assert "between 0 and 1" in error["message"]
    assert (await client.data(MINE, token=recruiter))["me"]["preferences"]["notifyMinScore"] == 0.7


async def test_a_recruiter_cannot_set_a_candidates_job_search_preferences(client):
    recruiter, _ = await client.employer()
    error = await _refused(client, PREFERENCES, {"i": {"locations": ["Oslo"], "notifyMinScore": 0.8}}, recruiter)
    assert error["extensions"]["field"] == "locations"
    assert "notifyMinScore" in error["message"] and "leave it out" in error["message"]
    assert (await client.data(MINE, token=recruiter))["me"]["preferences"] == {"notifyMinScore": 0.7, "locations": []}


async def test_an_administrator_still_has_no_preferences_to_set(app, client):
    admin, _ = await admin_token(app, client)
    assert await client.error_code(PREFERENCES, {"i": {"notifyMinScore": 0.8}}, admin) == "FORBIDDEN"


async def test_the_hiring_team_sets_changes_and_clears_a_jobs_floor(client):
    recruiter, _ = await client.employer()
    job = (await client.data(POST_JOB, {"i": {"title": "Staff Nurse", "description": "Acute medical ward nursing.",
                                             "notifyMinScore": 0.8}}, recruiter))["postJob"]
    assert job["notifyMinScore"] == 0.8
    changed = await client.data(UPDATE_JOB, {"id": job["id"], "i": {"notifyMinScore": 0.9}}, recruiter)
    assert changed["updateJob"] == {"notifyMinScore": 0.9, "title": "Staff Nurse"}
    assert (await client.data(JOB_FLOOR, {"id": job["id"]}, recruiter))["job"]["notifyMinScore"] == 0.9
    cleared = await client.data(UPDATE_JOB, {"id": job["id"], "i": {"notifyMinScore": None}}, recruiter)
    assert cleared["updateJob"]["notifyMinScore"] is None
    kept = await client.data(UPDATE_JOB, {"id": job["id"], "i": {"title": "Senior Staff Nurse"}}, recruiter)
    assert kept["updateJob"] == {"notifyMinScore": None, "title": "Senior Staff Nurse"}


@pytest.mark.parametrize("score", [1.01, -1])
async def test_a_jobs_floor_out_of_range_is_refused_and_changes_nothing(client, score):
    recruiter, _ = await client.employer()
    job = await client.post_job(recruiter, title="Staff Nurse")
    error = await _refused(client, UPDATE_JOB, {"id": job["id"], "i": {"notifyMinScore": score, "title": "X"}},
                           recruiter)
    assert error["extensions"]["field"] == "notifyMinScore" and "between 0 and 1" in error["message"]
    assert (await client.data(JOB_TITLE, {"id": job["id"]}, recruiter))["job"]["title"] == "Staff Nurse"
    error = await _refused(client, POST_JOB, {"i": {"title": "Porter", "description": "Moving patients.",
                                                  "notifyMinScore": score}}, recruiter)
    assert error["extensions"]["field"] == "notifyMinScore"


async def test_only_the_hiring_team_sets_or_sees_a_jobs_floor(client):
    recruiter, _ = await client.employer()
    other, _ = await client.employer()
    candidate, _ = await client.candidate()
    job = await client.post_job(recruiter, title="Staff Nurse")
    for outsider in (other, candidate):
        assert await client.error_code(UPDATE_JOB, {"id": job["id"], "i": {"notifyMinScore": 0.1}}, outsider) \
            == "FORBIDDEN"
        assert await client.error_code(JOB_FLOOR, {"id": job["id"]}, outsider) == "FORBIDDEN"
    assert (await client.data(JOB_FLOOR, {"id": job["id"]}, recruiter))["job"]["notifyMinScore"] is None
