"""A candidate's minimum pay per hour, day, week or month, as nurses, drivers and chefs think
of it: `minSalary: 3000, salaryPeriod: MONTH` is kept, read back, and matched against a job's
pay a year at a time (a minimum with no period stays a year's pay)."""
from __future__ import annotations

import pytest

from tests.applications_helpers import parsed_resume, wait_until
from tests.resume_choice_helpers import backend  # noqa: F401 (a fixture: embedded and AWS)
from tests.served_backends import aws_client, aws_settings  # noqa: F401 (what `backend` needs)

PREFERENCES = """mutation($i: PreferencesInput!){ updatePreferences(input: $i){
  preferences { minSalary currency salaryPeriod } } }"""
MY_PREFERENCES = "{ me { preferences { minSalary currency salaryPeriod } } }"
MY_MATCHES = "{ me { matches(first: 10) { edges { node { breakdown { salary } job { title } } } } } }"

NURSE = """Ines Duarte
ines.duarte@example.com | Porto, Portugal

Experience
Staff Nurse, Hospital da Luz, 2016 - 2024
Wound care and triage on a surgical ward.

Skills
Wound care, Triage, Patient assessment
"""


async def test_a_minimum_per_period_is_kept_and_read_back(backend):  # noqa: F811
    token, _ = await backend.candidate()
    await backend.data(PREFERENCES, {"i": {"minSalary": 3000, "currency": "eur", "salaryPeriod": "MONTH"}}, token)
    assert (await backend.data(MY_PREFERENCES, token=token))["me"]["preferences"] == {
        "minSalary": 3000, "currency": "EUR", "salaryPeriod": "MONTH"}
    await backend.data(PREFERENCES, {"i": {"minSalary": 3200}}, token)  # the period left out is kept
    assert (await backend.data(MY_PREFERENCES, token=token))["me"]["preferences"]["salaryPeriod"] == "MONTH"
    await backend.data(PREFERENCES, {"i": {"salaryPeriod": None}}, token)
    assert (await backend.data(MY_PREFERENCES, token=token))["me"]["preferences"]["salaryPeriod"] == "YEAR"


async def test_an_hourly_minimum_sent_without_its_period_is_refused_not_read_as_a_year_s_pay(client):
    # 16 a year would meet every job's pay and say "salary meets the minimum" of all of them.
    token, _ = await client.candidate()
    body = await client.execute(PREFERENCES, {"i": {"minSalary": 16, "currency": "GBP"}}, token)
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "minSalary"}
    assert "16 GBP a year is below" in error["message"] and "salaryPeriod" in error["message"]
    await client.data(PREFERENCES, {"i": {"minSalary": 16, "currency": "GBP", "salaryPeriod": "HOUR"}}, token)
    await client.data(PREFERENCES, {"i": {"minSalary": 17}}, token)  # the hour is kept
    body = await client.execute(PREFERENCES, {"i": {"salaryPeriod": "YEAR"}}, token)
    assert body["errors"][0]["extensions"]["field"] == "minSalary"
    assert (await client.data(MY_PREFERENCES, token=token))["me"]["preferences"] == {
        "minSalary": 17, "currency": "GBP", "salaryPeriod": "HOUR"}


@pytest.mark.parametrize("period, short", [("MONTH", True), ("YEAR", False)])
async def test_a_monthly_minimum_above_a_monthly_job_falls_short(client, period, short):
    employer, _ = await client.employer()
    await client.post_job(employer, title="Staff Nurse", description="Surgical ward, rotating shifts.",
                          salary={"min": 2200, "max": 2600, "currency": "EUR", "period": "MONTH"})
    candidate, _ = await client.candidate()
    await client.data(PREFERENCES, {"i": {"minSalary": 3000, "currency": "EUR", "salaryPeriod": period}}, candidate)
    await parsed_resume(client, candidate, NURSE)

    async def salary_part() -> float | None:
        edges = (await client.data(MY_MATCHES, token=candidate))["me"]["matches"]["edges"]
        return next((e["node"]["breakdown"]["salary"] for e in edges if e["node"]["job"]["title"] == "Staff Nurse"), None)

    async def matched() -> bool:
        return await salary_part() is not None

    await wait_until(matched, attempts=600)
    part = await salary_part()
    assert part is not None and (part < 1.0) is short, part
