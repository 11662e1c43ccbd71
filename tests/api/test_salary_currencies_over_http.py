"""A currency nobody pays in is refused wherever a currency is given, and nothing is changed."""
from __future__ import annotations

POST = "mutation($i: JobInput!){ postJob(input: $i){ id salary { currency } } }"
UPDATE = "mutation($id: ID!, $i: JobUpdateInput!){ updateJob(id: $id, input: $i){ id salary { min currency } } }"
JOB = "query($id: ID!){ job(id: $id){ salary { min currency } } }"
PREFERENCES = "mutation($i: PreferencesInput!){ updatePreferences(input: $i){ preferences { currency minSalary } } }"
MY_PREFERENCES = "{ me { preferences { currency minSalary } } }"
SEARCH_ALL = "{ searchJobs(filter: {status: null}) { totalCount } }"


async def test_a_job_in_a_made_up_currency_is_refused_and_not_posted(client):
    token, _ = await client.employer()
    body = await client.execute(POST, {"i": {"title": "Staff Nurse", "description": "Ward work.",
                                             "salary": {"min": 30000, "currency": "XYZ"}}}, token)
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "ISO 4217" in error["message"] and "XYZ" in error["message"]
    assert (await client.data(SEARCH_ALL))["searchJobs"]["totalCount"] == 0


async def test_a_real_currency_is_kept_in_capitals(client):
    token, _ = await client.employer()
    posted = await client.data(POST, {"i": {"title": "Sous Chef", "description": "Kitchen.",
                                            "salary": {"min": 5000000, "currency": "jpy"}}}, token)
    assert posted["postJob"]["salary"]["currency"] == "JPY"


async def test_changing_a_job_to_a_made_up_currency_is_refused_and_the_job_is_unchanged(client):
    token, _ = await client.employer()
    job = await client.post_job(token, salary={"min": 40000, "currency": "GBP"})
    body = await client.execute(UPDATE, {"id": job["id"], "i": {"salary": {"min": 50000, "currency": "ABC"}}}, token)
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert (await client.data(JOB, {"id": job["id"]}))["job"]["salary"] == {"min": 40000, "currency": "GBP"}


async def test_a_preferred_made_up_currency_is_refused_and_preferences_are_unchanged(client):
    token, _ = await client.candidate()
    await client.data(PREFERENCES, {"i": {"currency": "eur", "minSalary": 50000}}, token)
    body = await client.execute(PREFERENCES, {"i": {"currency": "XYZ", "minSalary": 60000}}, token)
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and error["extensions"]["field"] == "currency"
    assert "ISO 4217" in error["message"]
    assert (await client.data(MY_PREFERENCES, token=token))["me"]["preferences"] == {"currency": "EUR", "minSalary": 50000}


async def test_a_salary_without_any_amount_is_refused_and_not_posted(client):
    token, _ = await client.employer()
    body = await client.execute(POST, {"i": {"title": "Sous Chef", "description": "Kitchen.",
                                             "salary": {"currency": "EUR"}}}, token)
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and error["extensions"]["field"] == "salary"
    assert "`salary.min`" in error["message"] and "null" in error["message"]
    assert (await client.data(SEARCH_ALL))["searchJobs"]["totalCount"] == 0
