"""A negative minimum pay is refused naming the field that was sent: `minSalaryAmount` when
the exact amount was, not `minSalary`, which the caller never used."""
from __future__ import annotations

UPDATE = "mutation($i: PreferencesInput!){ updatePreferences(input: $i){ id } }"


async def test_a_negative_exact_minimum_names_min_salary_amount(client):
    token, _ = await client.candidate()
    error = (await client.execute(UPDATE, {"i": {"minSalaryAmount": "-1.50", "currency": "PHP"}}, token))["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["field"] == "minSalaryAmount" and "`minSalaryAmount`" in error["message"]
    whole = (await client.execute(UPDATE, {"i": {"minSalary": -2}}, token))["errors"][0]
    assert whole["extensions"]["field"] == "minSalary"
