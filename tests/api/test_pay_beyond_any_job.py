"""Pay no job pays is refused wherever it is sent, in words a person reads: a candidate's
minimum (99,999,999 PLN an hour would filter out every job and "fall short" of all of them) as
a job's salary already is, and both say "an hour", not "a hour"."""
from __future__ import annotations

import pytest

PREFERENCES = """mutation($i: PreferencesInput!){ updatePreferences(input: $i){
  preferences { minSalary currency salaryPeriod } } }"""
MY_PREFERENCES = "{ me { preferences { minSalary currency salaryPeriod } } }"
POST = "mutation($i: JobInput!){ postJob(input: $i){ id } }"


@pytest.mark.parametrize("change", [
    {"minSalary": 99_999_999, "currency": "PLN", "salaryPeriod": "HOUR"},
    {"salaryPeriod": "HOUR"},  # a year's 2,000,000 GBP kept, read as an hour's
])
async def test_a_candidate_minimum_beyond_any_job_s_pay_is_refused_and_nothing_changes(client, change):
    token, _ = await client.candidate()
    await client.data(PREFERENCES, {"i": {"minSalary": 2_000_000, "currency": "GBP"}}, token)
    before = (await client.data(MY_PREFERENCES, token=token))["me"]["preferences"]
    body = await client.execute(PREFERENCES, {"i": change}, token)
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "minSalary"}, body
    assert "an hour is beyond what any job pays" in error["message"] and "salaryPeriod" in error["message"]
    assert (await client.data(MY_PREFERENCES, token=token))["me"]["preferences"] == before


async def test_a_real_hourly_minimum_is_kept(client):
    token, _ = await client.candidate()
    await client.data(PREFERENCES, {"i": {"minSalary": 13, "currency": "GBP", "salaryPeriod": "HOUR"}}, token)
    assert (await client.data(MY_PREFERENCES, token=token))["me"]["preferences"] == {
        "minSalary": 13, "currency": "GBP", "salaryPeriod": "HOUR"}


async def test_a_job_s_hourly_pay_beyond_any_job_is_told_per_hour_in_english(client):
    token, _ = await client.employer()
    salary = {"min": 2_147_483_647, "currency": "GBP", "period": "HOUR"}
    body = await client.execute(POST, {"i": {"title": "Care Assistant", "description": "Personal care",
                                             "salary": salary}}, token)
    message = body["errors"][0]["message"]
    assert "2147483647 GBP an hour is beyond" in message and "48077 GBP an hour" in message, message
