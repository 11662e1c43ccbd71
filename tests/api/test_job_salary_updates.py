"""updateJob changes only the salary fields it is given: the others (the currency above all)
stay as they were; an explicit null clears a bound; a new range is still checked whole; a new
currency comes with every amount restated, never with the old amounts now in other money."""
from __future__ import annotations

import pytest

UPDATE = "mutation($id: ID!, $i: JobUpdateInput!){ updateJob(id: $id, input: $i){ salary { min max currency } } }"
UPDATE_INLINE = "mutation($id: ID!){ updateJob(id: $id, input: {salary: {max: 70000}}){ salary { min max currency } } }"
JOB = "query($id: ID!){ job(id: $id){ salary { min max currency } } }"


async def test_a_salary_update_keeps_the_fields_it_does_not_name(client):
    token, _ = await client.employer()
    job = await client.post_job(token, salary={"min": 40000, "max": 60000, "currency": "GBP"})
    changed = await client.data(UPDATE, {"id": job["id"], "i": {"salary": {"min": 45000}}}, token)
    assert changed["updateJob"]["salary"] == {"min": 45000, "max": 60000, "currency": "GBP"}
    changed = await client.data(UPDATE_INLINE, {"id": job["id"]}, token)
    assert changed["updateJob"]["salary"] == {"min": 45000, "max": 70000, "currency": "GBP"}
    assert (await client.data(JOB, {"id": job["id"]}))["job"]["salary"] == {"min": 45000, "max": 70000, "currency": "GBP"}


async def test_a_salary_update_may_clear_a_bound_or_change_the_currency(client):
    token, _ = await client.employer()
    job = await client.post_job(token, salary={"min": 40000, "max": 60000, "currency": "GBP"})
    changed = await client.data(UPDATE, {"id": job["id"], "i": {"salary": {"min": 46000, "max": None, "currency": "eur"}}},
                                token)
    assert changed["updateJob"]["salary"] == {"min": 46000, "max": None, "currency": "EUR"}


@pytest.mark.parametrize("sent", [{"currency": "JPY"}, {"currency": "jpy", "min": 6_000_000}])
async def test_a_new_currency_without_every_amount_restated_is_refused_and_nothing_changes(client, sent):
    token, _ = await client.employer()
    job = await client.post_job(token, salary={"min": 40000, "max": 60000, "currency": "GBP"})
    body = await client.execute(UPDATE, {"id": job["id"], "i": {"salary": sent}}, token)
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "salary"}
    assert "GBP to JPY" in error["message"] and "`salary.max`" in error["message"]
    assert ("`salary.min`" in error["message"]) is ("min" not in sent)
    assert (await client.data(JOB, {"id": job["id"]}))["job"]["salary"] == {"min": 40000, "max": 60000, "currency": "GBP"}


async def test_the_same_currency_in_another_spelling_is_no_change_of_currency(client):
    token, _ = await client.employer()
    job = await client.post_job(token, salary={"min": 40000, "max": 60000, "currency": "GBP"})
    changed = await client.data(UPDATE, {"id": job["id"], "i": {"salary": {"min": 41000, "currency": " gbp"}}}, token)
    assert changed["updateJob"]["salary"] == {"min": 41000, "max": 60000, "currency": "GBP"}


async def test_a_first_salary_without_a_currency_is_in_dollars(client):
    token, _ = await client.employer()
    job = await client.post_job(token)
    changed = await client.data(UPDATE, {"id": job["id"], "i": {"salary": {"min": 45000}}}, token)
    assert changed["updateJob"]["salary"] == {"min": 45000, "max": None, "currency": "USD"}
    posted = await client.post_job(token, salary={"min": 1000})
    assert posted["salary"] == {"min": 1000, "max": None, "currency": "USD"}


async def test_a_bound_that_crosses_the_kept_one_is_refused_and_nothing_changes(client):
    token, _ = await client.employer()
    job = await client.post_job(token, salary={"min": 40000, "max": 60000, "currency": "GBP"})
    body = await client.execute(UPDATE, {"id": job["id"], "i": {"salary": {"min": 90000}}}, token)
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "salary.min" in body["errors"][0]["message"]
    assert (await client.data(JOB, {"id": job["id"]}))["job"]["salary"] == {"min": 40000, "max": 60000, "currency": "GBP"}
