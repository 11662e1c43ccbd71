"""A salary's period over GraphQL: given when posting, kept by updates that do not name it,
yearly when left out."""
from __future__ import annotations

UPDATE = "mutation($id: ID!, $i: JobUpdateInput!){ updateJob(id: $id, input: $i){ salary { min currency period } } }"
JOB = "query($id: ID!){ job(id: $id){ salary { min max currency period } } }"


async def test_a_posted_period_is_kept_and_a_salary_without_one_is_yearly(client):
    token, _ = await client.employer()
    hourly = await client.post_job(token, salary={"min": 25, "max": 30, "period": "HOUR"})
    assert (await client.data(JOB, {"id": hourly["id"]}))["job"]["salary"] == {
        "min": 25, "max": 30, "currency": "USD", "period": "HOUR"}
    changed = await client.data(UPDATE, {"id": hourly["id"], "i": {"salary": {"min": 26}}}, token)
    assert changed["updateJob"]["salary"] == {"min": 26, "currency": "USD", "period": "HOUR"}
    changed = await client.data(UPDATE, {"id": hourly["id"], "i": {"salary": {"period": "MONTH", "min": 4000, "max": 5000}}}, token)
    assert changed["updateJob"]["salary"]["period"] == "MONTH"
    yearly = await client.post_job(token, salary={"min": 40000})
    assert (await client.data(JOB, {"id": yearly["id"]}))["job"]["salary"]["period"] == "YEAR"


async def test_an_unknown_period_is_a_bad_input(client):
    token, _ = await client.employer()
    body = await client.execute(
        "mutation($i: JobInput!){ postJob(input: $i){ id } }",
        {"i": {"title": "Carer", "description": "Home care.", "salary": {"min": 18, "period": "FORTNIGHT"}}}, token)
    assert body["errors"] and body["errors"][0]["extensions"]["code"] in ("BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED")
