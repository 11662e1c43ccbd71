"""A document whose repeated fields are more than validation compares (graphql-core's budget on
overlapping fields) is told that, with what to do, rather than "Validation aborted."."""
from __future__ import annotations


async def test_eight_hundred_repeated_fields_are_told_what_limit_they_hit_and_what_to_do(client):
    query = "{ " + " ".join(["__typename"] * 900) + " }"
    response = await client.http.post("/graphql", json={"query": query})
    assert response.status_code == 400
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert error["extensions"]["reason"] == "TOO_MANY_FIELD_COMPARISONS"
    assert error["message"] != "Validation aborted."
    assert "same field" in error["message"] and "once" in error["message"]


async def test_a_handful_of_repeated_fields_still_run(client):
    response = await client.http.post("/graphql", json={"query": "{ __typename __typename __typename }"})
    assert response.json()["data"] == {"__typename": "Query"}
