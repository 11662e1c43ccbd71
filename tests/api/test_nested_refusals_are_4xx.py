"""A refused argument deep in an operation is a 4xx when nothing else came back: the null
bubbles only up to the nearest nullable field (a recruiter's `organization`), so the data
is `{me: {organization: null}}`, which holds no answer at all. Once any field answers, the
result is partial and stays 200."""
from __future__ import annotations

PIPELINE = "query($j: ID){ me { organization { applications(jobId: $j){ totalCount } } } }"
WITH_ID = "query($j: ID){ me { id organization { applications(jobId: $j){ totalCount } } } }"


async def test_a_bad_argument_under_a_nullable_object_is_a_400(client):
    employer, _ = await client.employer()
    response = await client.http.post(
        "/graphql", json={"query": PIPELINE, "variables": {"j": "not-an-id"}},
        headers={"authorization": f"Bearer {employer}", "accept": "application/json"})
    assert response.status_code == 400, response.text
    (error,) = response.json()["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": "jobId"}


async def test_the_same_refusal_beside_an_answer_is_a_partial_200(client):
    employer, _ = await client.employer()
    response = await client.http.post(
        "/graphql", json={"query": WITH_ID, "variables": {"j": "not-an-id"}},
        headers={"authorization": f"Bearer {employer}", "accept": "application/json"})
    assert response.status_code == 200, response.text
    assert response.json()["data"]["me"]["id"]
