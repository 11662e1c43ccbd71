"""A salary's period over GraphQL: given when posting, kept by updates that do not name it,
yearly when left out; a new period comes with its amounts restated; the search's salary filter
compares a year of pay."""
from __future__ import annotations

import pytest

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


async def test_an_hourly_rate_posted_without_its_period_is_refused_not_read_as_a_year_s_pay(client):
    token, _ = await client.employer()
    body = await client.execute(
        "mutation($i: JobInput!){ postJob(input: $i){ id } }",
        {"i": {"title": "Care Assistant", "description": "Residential care.", "salary": {"min": 11, "max": 13,
                                                                                         "currency": "GBP"}}}, token)
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "salary"}
    assert "11 GBP a year is below" in error["message"] and "HOUR" in error["message"]
    job = await client.post_job(token, salary={"min": 11, "max": 13, "currency": "GBP", "period": "HOUR"})
    body = await client.execute(UPDATE, {"id": job["id"], "i": {"salary": {"period": "YEAR", "min": 11, "max": 13}}},
                                token)
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


@pytest.mark.parametrize("sent", [{"period": "YEAR"}, {"period": "YEAR", "min": 52_000}])
async def test_a_new_period_without_every_amount_restated_is_refused_and_nothing_changes(client, sent):
    token, _ = await client.employer()
    job = await client.post_job(token, salary={"min": 25, "max": 30, "period": "HOUR"})
    body = await client.execute(UPDATE, {"id": job["id"], "i": {"salary": sent}}, token)
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "salary"}
    assert "HOUR to YEAR" in error["message"] and "`salary.max`" in error["message"]
    assert ("`salary.min`" in error["message"]) is ("min" not in sent)
    assert "per YEAR in the same update" in error["message"]
    assert (await client.data(JOB, {"id": job["id"]}))["job"]["salary"] == {
        "min": 25, "max": 30, "currency": "USD", "period": "HOUR"}


async def test_naming_the_period_a_salary_already_has_is_no_change_of_period(client):
    token, _ = await client.employer()
    job = await client.post_job(token, salary={"min": 25, "max": 30, "period": "HOUR"})
    changed = await client.data(UPDATE, {"id": job["id"], "i": {"salary": {"min": 27, "period": "HOUR"}}}, token)
    assert changed["updateJob"]["salary"] == {"min": 27, "currency": "USD", "period": "HOUR"}


SEARCH = "query($f: JobFilter){ searchJobs(filter: $f){ edges { node { id } } } }"


async def test_the_salary_filter_compares_a_year_of_pay(client):
    token, _ = await client.employer()
    hourly = await client.post_job(token, salary={"min": 30, "period": "HOUR"})  # 62,400 a year
    monthly = await client.post_job(token, salary={"min": 3_000, "period": "MONTH"})  # 36,000 a year

    async def found(job_filter: dict) -> list[str]:
        answer = await client.data(SEARCH, {"f": job_filter})
        return [edge["node"]["id"] for edge in answer["searchJobs"]["edges"]]

    assert await found({"minSalary": 50_000}) == [hourly["id"]]
    assert await found({"minSalary": 25, "salaryPeriod": "HOUR"}) == [hourly["id"]]
    assert set(await found({"minSalary": 35_000})) == {hourly["id"], monthly["id"]}


async def test_an_absurd_amount_for_its_period_is_refused_naming_the_field(client):
    token, _ = await client.employer()
    body = await client.execute(
        "mutation($i: JobInput!){ postJob(input: $i){ id } }",
        {"i": {"title": "Carer", "description": "Home care.",
               "salary": {"min": 2147483647, "max": 2147483647, "period": "HOUR"}}}, token)
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "salary"}
    assert "`salary.min` of 2147483647 USD an hour" in error["message"]
    job = await client.post_job(token, salary={"min": 25, "period": "HOUR"})
    body = await client.execute(UPDATE, {"id": job["id"], "i": {"salary": {"max": 2147483647}}}, token)
    assert "`salary.max`" in body["errors"][0]["message"], body
    yen = await client.post_job(token, salary={"min": 2147483647, "currency": "JPY", "period": "YEAR"})
    assert (await client.data(JOB, {"id": yen["id"]}))["job"]["salary"]["min"] == 2147483647
