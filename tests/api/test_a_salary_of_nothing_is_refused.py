"""A salary that reaches no higher than 0 states no pay: posting or changing a job with one is
refused with BAD_USER_INPUT on `salary`, saying to leave it out, and nothing is written (no job
posted, the job's stored salary kept). A range from 0 up to some pay still states that pay."""
from __future__ import annotations

import pytest

POST = "mutation($i: JobInput!){ postJob(input: $i){ id salary { min max } } }"
UPDATE = "mutation($id: ID!, $i: JobUpdateInput!){ updateJob(id: $id, input: $i){ id salary { min max } } }"
JOBS = "{ me { organization { jobs { totalCount } } } }"
JOB = "query($id: ID!){ job(id: $id){ salary { min max currency } } }"
JOB_FIELDS = {"title": "Kitchen Porter", "description": "Keep the pass and the pot wash clear."}


@pytest.mark.parametrize("salary", [
    {"min": 0, "max": 0, "currency": "USD"},
    {"min": 0, "currency": "EUR"},
    {"max": 0, "currency": "GBP", "period": "HOUR"},
    {"minAmount": "0.00", "maxAmount": "0", "currency": "AUD", "period": "HOUR"},
])
async def test_a_salary_of_0_is_refused_and_nothing_is_written(client, salary):
    token, _ = await client.employer()
    (error,) = (await client.execute(POST, {"i": {**JOB_FIELDS, "salary": salary}}, token))["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "salary"}, error
    assert "states no pay" in error["message"] and "leave `salary` out" in error["message"]
    assert (await client.data(JOBS, token=token))["me"]["organization"]["jobs"]["totalCount"] == 0

    job = await client.post_job(token, salary={"min": 24000, "max": 28000, "currency": "USD"})
    (changed,) = (await client.execute(UPDATE, {"id": job["id"], "i": {"salary": salary}}, token))["errors"]
    assert changed["extensions"] == {"code": "BAD_USER_INPUT", "field": "salary"}, changed
    stored = (await client.data(JOB, {"id": job["id"]}))["job"]["salary"]
    assert stored == {"min": 24000, "max": 28000, "currency": "USD"}


async def test_a_range_from_0_up_to_some_pay_is_kept(client):
    token, _ = await client.employer()
    posted = (await client.data(POST, {"i": {**JOB_FIELDS, "salary": {"min": 0, "max": 30000, "currency": "USD"}}},
                                token))["postJob"]
    assert posted["salary"] == {"min": 0, "max": 30000}
