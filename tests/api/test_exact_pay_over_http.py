"""Pay to the penny over GraphQL (£12.60 an hour): posted and read back exactly beside the
whole-unit `min`/`max` old clients read, refused with more decimals than the currency has or
when `min` and `minAmount` disagree, kept exactly by updates, compared exactly by the salary
filter, and a candidate's minimum likewise; on the embedded backend and on AWS (moto)."""
from __future__ import annotations

import pytest

from tests.resume_choice_helpers import backend  # noqa: F401 (a fixture: embedded and AWS)
from tests.served_backends import aws_client, aws_settings  # noqa: F401 (what `backend` needs)

JOB = "query($id: ID!){ job(id: $id){ salary { min max minAmount maxAmount currency period } } }"
POST = "mutation($i: JobInput!){ postJob(input: $i){ id } }"
UPDATE = """mutation($id: ID!, $i: JobUpdateInput!){ updateJob(id: $id, input: $i){
  salary { min max minAmount maxAmount currency period } } }"""
SEARCH = "query($f: JobFilter){ searchJobs(filter: $f){ edges { node { id } } } }"
PREFERENCES = """mutation($i: PreferencesInput!){ updatePreferences(input: $i){
  preferences { minSalary minSalaryAmount currency salaryPeriod } } }"""
MY_PREFERENCES = "{ me { preferences { minSalary minSalaryAmount currency salaryPeriod } } }"


def _hourly(**amounts: object) -> dict:
    return {"title": "Care Assistant", "description": "Residential care, nights.",
            "salary": {"currency": "GBP", "period": "HOUR", **amounts}}


async def test_an_hourly_rate_in_pence_is_read_back_exactly(backend):  # noqa: F811
    token, _ = await backend.employer()
    posted = await backend.data(POST, {"i": _hourly(minAmount="12.60", maxAmount="14.35")}, token)
    salary = (await backend.data(JOB, {"id": posted["postJob"]["id"]}))["job"]["salary"]
    # The whole-unit range holds the exact one: min rounded down, max rounded up.
    assert salary == {"min": 12, "max": 15, "minAmount": "12.60", "maxAmount": "14.35", "currency": "GBP",
                      "period": "HOUR"}


async def test_whole_amounts_read_as_exact_ones_and_equal_amounts_sent_both_ways_agree(backend):  # noqa: F811
    token, _ = await backend.employer()
    posted = await backend.data(POST, {"i": _hourly(min=12, minAmount="12.00", max=13)}, token)
    salary = (await backend.data(JOB, {"id": posted["postJob"]["id"]}))["job"]["salary"]
    assert (salary["min"], salary["max"], salary["minAmount"], salary["maxAmount"]) == (12, 13, "12.00", "13.00")


@pytest.mark.parametrize(("amounts", "field", "words"), [
    ({"minAmount": "12.605"}, "salary", ["`salary.minAmount` of 12.605 GBP", "at most 2 decimal places"]),
    ({"min": 12, "minAmount": "12.60"}, "salary.minAmount", ["`salary.min` (12)", "`salary.minAmount` (12.60)"]),
    ({"maxAmount": "NaN"}, "salary.maxAmount", ["must be a number"]),
    ({"max": 15, "maxAmount": "sNaN"}, "salary.maxAmount", ["must be a number"]),
    ({"maxAmount": "1E+999999999"}, "salary.maxAmount", ["beyond the largest amount"]),
])
async def test_amounts_no_one_is_paid_are_refused_with_what_to_send(client, amounts, field, words):
    token, _ = await client.employer()
    body = await client.execute(POST, {"i": _hourly(**amounts)}, token)
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": field}
    assert all(w in error["message"] for w in words), error["message"]


@pytest.mark.parametrize(("sent", "hint"), [
    ("12,60", "a comma is read neither as the decimal separator"),  # as most of Europe writes it
    ("1_000", "no underscores"),  # Python's Decimal read this as 1000
    ("1 000", "no underscores or spaces"),
    ("€1300", "without a currency sign"),
    ("1300.00 EUR", "without a currency sign"),
])
async def test_an_amount_written_otherwise_names_its_field_and_says_to_write_a_dot(client, sent, hint):
    """Before: "Value cannot represent a Decimal (got text)", no field, no hint; and
    "1_000" taken as 1000."""
    token, _ = await client.employer()
    body = await client.execute(POST, {"i": _hourly(minAmount=sent)}, token)
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "salary.minAmount"}
    assert error["message"].startswith("`salary.minAmount` must be a number with a dot for decimals, such as \"12.60\"")
    assert hint in error["message"] and sent not in error["message"]


async def test_a_monthly_or_hourly_amount_below_any_pay_is_refused_as_a_yearly_one_is(client):
    """12.60 EUR a month (151 a year) went in while 1 EUR a year was refused."""
    token, _ = await client.employer()
    for period, amount, least in (("MONTH", "12.60", "83.34 EUR"), ("HOUR", "0.40", "0.49 EUR")):
        sent = {"title": "Chef", "description": "Kitchen.",
                "salary": {"currency": "EUR", "period": period, "minAmount": amount}}
        (error,) = (await client.execute(POST, {"i": sent}, token))["errors"]
        assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "salary"}
        assert "is below what any job pays" in error["message"] and least in error["message"], error["message"]
    fair = {"title": "Chef", "description": "Kitchen.", "salary": {"currency": "EUR", "period": "MONTH", "minAmount": "83.34"}}
    assert (await client.data(POST, {"i": fair}, token))["postJob"]["id"]


async def test_a_closing_time_years_ahead_is_refused_with_the_furthest_one_taken(client):
    token, _ = await client.employer()
    sent = {"title": "Chef", "description": "Kitchen.", "closesAt": "9999-12-31T23:59:59Z"}
    (error,) = (await client.execute(POST, {"i": sent}, token))["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "closesAt"}
    assert "at most 2 years ahead" in error["message"] and "9999" not in error["message"]


async def test_each_currency_has_its_own_decimals(client):
    token, _ = await client.employer()
    yen = {"title": "Chef", "description": "Kitchen.", "salary": {"currency": "JPY", "period": "HOUR"}}
    body = await client.execute(POST, {"i": {**yen, "salary": {**yen["salary"], "minAmount": "1200.5"}}}, token)
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT" and "(0)" in body["errors"][0]["message"]
    dinar = {"title": "Driver", "description": "Deliveries.",
             "salary": {"currency": "KWD", "period": "HOUR", "minAmount": "2.125"}}
    posted = await client.data(POST, {"i": dinar}, token)
    salary = (await client.data(JOB, {"id": posted["postJob"]["id"]}))["job"]["salary"]
    assert salary["minAmount"] == "2.125" and salary["min"] == 2


async def test_the_plausibility_bounds_and_min_below_max_hold_for_exact_amounts(client):
    token, _ = await client.employer()
    body = await client.execute(POST, {"i": _hourly(minAmount="14.36", maxAmount="14.35")}, token)
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    body = await client.execute(POST, {"i": {**_hourly(minAmount="999.99"), "salary": {
        "currency": "GBP", "minAmount": "999.99"}}}, token)  # "a year": below any year's pay
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "999.99 GBP a year is below" in body["errors"][0]["message"]


async def test_updates_keep_and_change_exact_amounts(backend):  # noqa: F811
    token, _ = await backend.employer()
    posted = await backend.data(POST, {"i": _hourly(minAmount="12.60", maxAmount="14.35")}, token)
    job_id = posted["postJob"]["id"]
    changed = await backend.data(UPDATE, {"id": job_id, "i": {"salary": {"minAmount": "12.85"}}}, token)
    assert changed["updateJob"]["salary"]["minAmount"] == "12.85"
    assert changed["updateJob"]["salary"]["maxAmount"] == "14.35"  # left out: kept exactly
    # An old client sending the whole view it reads (15 for 14.35) changes nothing it can see: kept exactly.
    changed = await backend.data(UPDATE, {"id": job_id, "i": {"salary": {"max": 15}}}, token)
    assert (changed["updateJob"]["salary"]["max"], changed["updateJob"]["salary"]["maxAmount"]) == (15, "14.35")
    changed = await backend.data(UPDATE, {"id": job_id, "i": {"salary": {"max": 16}}}, token)
    assert (changed["updateJob"]["salary"]["max"], changed["updateJob"]["salary"]["maxAmount"]) == (16, "16.00")
    body = await backend.execute(UPDATE, {"id": job_id, "i": {"salary": {"maxAmount": "15.001"}}}, token)
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_the_salary_filter_compares_exact_amounts(backend):  # noqa: F811
    token, _ = await backend.employer()
    at_1260 = (await backend.data(POST, {"i": _hourly(minAmount="12.60")}, token))["postJob"]["id"]
    at_1259 = (await backend.data(POST, {"i": _hourly(minAmount="12.59")}, token))["postJob"]["id"]

    async def found(**wanted: object) -> set[str]:
        answer = await backend.data(SEARCH, {"f": {"salaryCurrency": "GBP", **wanted}})
        return {edge["node"]["id"] for edge in answer["searchJobs"]["edges"]} & {at_1260, at_1259}

    assert await found(minSalaryAmount="12.60", salaryPeriod="HOUR") == {at_1260}
    assert await found(minSalaryAmount="12.59", salaryPeriod="HOUR") == {at_1260, at_1259}
    assert await found(minSalaryAmount="26208", salaryPeriod="YEAR") == {at_1260}  # 12.60 x 2080
    assert await found(minSalaryAmount="26208.01") == set()
    assert await found(minSalary=13, salaryPeriod="HOUR") == set()  # 12.60 is not rounded up to 13


async def test_a_candidate_s_minimum_pay_is_kept_exactly(backend):  # noqa: F811
    token, _ = await backend.candidate()
    sent = {"minSalaryAmount": "12.60", "currency": "gbp", "salaryPeriod": "HOUR"}
    await backend.data(PREFERENCES, {"i": sent}, token)
    assert (await backend.data(MY_PREFERENCES, token=token))["me"]["preferences"] == {
        "minSalary": 12, "minSalaryAmount": "12.60", "currency": "GBP", "salaryPeriod": "HOUR"}
    # An old client sending back the whole view it read (12 for 12.60) keeps the exact minimum.
    await backend.data(PREFERENCES, {"i": {"minSalary": 12, "currency": "GBP", "salaryPeriod": "HOUR"}}, token)
    assert (await backend.data(MY_PREFERENCES, token=token))["me"]["preferences"]["minSalaryAmount"] == "12.60"
    await backend.data(PREFERENCES, {"i": {"minSalary": 13}}, token)  # an old client: a new whole amount
    assert (await backend.data(MY_PREFERENCES, token=token))["me"]["preferences"]["minSalaryAmount"] == "13.00"


@pytest.mark.parametrize(("sent", "field"), [
    ({"minSalaryAmount": "12.605", "currency": "GBP", "salaryPeriod": "HOUR"}, "minSalaryAmount"),
    ({"minSalaryAmount": "1200.5", "currency": "JPY", "salaryPeriod": "HOUR"}, "minSalaryAmount"),
    ({"minSalary": 12, "minSalaryAmount": "12.60", "salaryPeriod": "HOUR"}, "minSalaryAmount"),
])
async def test_a_minimum_no_one_is_paid_is_refused(client, sent, field):
    token, _ = await client.candidate()
    body = await client.execute(PREFERENCES, {"i": sent}, token)
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": field}
    assert "minSalaryAmount" in error["message"]


async def test_a_new_currency_with_fewer_decimals_is_refused_for_a_minimum_it_cannot_hold(client):
    token, _ = await client.candidate()
    await client.data(PREFERENCES, {"i": {"minSalaryAmount": "12.60", "currency": "GBP", "salaryPeriod": "HOUR"}},
                      token)
    body = await client.execute(PREFERENCES, {"i": {"currency": "JPY"}}, token)
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_an_amount_that_is_no_number_is_refused_as_bad_input(client):
    token, _ = await client.employer()
    body = await client.execute(POST, {"i": _hourly(minAmount="twelve pounds")}, token)
    assert body["errors"][0]["extensions"]["code"] in ("BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED")
    assert "must be a number with a dot for decimals" in body["errors"][0]["message"]


async def test_a_client_sending_back_the_whole_amounts_it_read_keeps_the_exact_ones(backend):  # noqa: F811
    token, _ = await backend.employer()
    posted = await backend.data(POST, {"i": _hourly(minAmount="12.60", maxAmount="14.35")}, token)
    job_id = posted["postJob"]["id"]
    # A client that knows only `min`/`max` edits the title and sends the salary as it read it.
    updated = await backend.data(UPDATE, {"id": job_id, "i": {
        "title": "Senior Care Assistant", "salary": {"min": 12, "max": 15, "currency": "GBP", "period": "HOUR"}}}, token)
    assert updated["updateJob"]["salary"]["minAmount"] == "12.60"
    assert updated["updateJob"]["salary"]["maxAmount"] == "14.35"
    # A whole amount that is no read-back view is a new amount.
    changed = await backend.data(UPDATE, {"id": job_id, "i": {"salary": {"min": 13}}}, token)
    assert changed["updateJob"]["salary"]["minAmount"] == "13.00"


@pytest.mark.parametrize("sent", ["9E+999999", "1E+15", "1E-999999"])
async def test_an_amount_no_salary_is_is_refused_where_it_is_sent(client, sent):
    # An exponent can write a number whose arithmetic overflows (decimal.Overflow was a server error).
    token, _ = await client.candidate()
    body = await client.execute(PREFERENCES, {"i": {"minSalaryAmount": sent, "currency": "GBP",
                                                    "salaryPeriod": "HOUR"}}, token)
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and "minSalaryAmount" in error["message"], error
    fair = await client.execute(PREFERENCES, {"i": {"minSalaryAmount": "1.5E+1", "currency": "GBP",
                                                    "salaryPeriod": "HOUR"}}, token)
    assert "errors" not in fair, fair
