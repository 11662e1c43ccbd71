"""Scores run from 0 to 1: a `minScore` outside that is a mistake the client hears about,
not a silently empty (or unfiltered) list."""
from __future__ import annotations

import pytest

MY_MATCHES = "query($m: Float){ me { matches(minScore: $m) { totalCount } } }"
JOB_MATCHES = "query($id: ID!, $m: Float){ job(id: $id){ matches(minScore: $m) { totalCount } } }"


@pytest.mark.parametrize("floor", [5, 1.01, -0.5, -1])
async def test_a_candidate_asking_for_matches_above_an_impossible_score_is_told_the_range(client, floor):
    token, _ = await client.candidate()
    body = await client.execute(MY_MATCHES, {"m": floor}, token)
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and error["extensions"]["field"] == "minScore"
    assert "between 0 and 1" in error["message"]


async def test_an_inline_impossible_floor_is_refused_too(client):
    token, _ = await client.candidate()
    body = await client.execute("{ me { matches(minScore: 5) { totalCount } } }", token=token)
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


@pytest.mark.parametrize("floor", [0, 0.5, 1, None])
async def test_floors_within_the_range_are_answered(client, floor):
    token, _ = await client.candidate()
    assert (await client.data(MY_MATCHES, {"m": floor}, token))["me"]["matches"]["totalCount"] == 0


async def test_an_employer_asking_a_job_for_an_impossible_floor_is_told_the_range(client):
    token, _ = await client.employer()
    job = await client.post_job(token)
    body = await client.execute(JOB_MATCHES, {"id": job["id"], "m": 5}, token)
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and "between 0 and 1" in error["message"]
    assert (await client.data(JOB_MATCHES, {"id": job["id"], "m": 0.9}, token))["job"]["matches"]["totalCount"] == 0
