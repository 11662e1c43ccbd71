"""A salary range whose minimum is above its maximum is refused saying both amounts, so a
caller who changed only one of them in an update sees the other, as stored, that it clashed
with."""
from __future__ import annotations

UPDATE = "mutation($id: ID!, $i: JobUpdateInput!){ updateJob(id: $id, input: $i){ id } }"


async def test_an_upside_down_range_is_refused_with_both_amounts(client):
    token, _ = await client.employer()
    posted = (await client.execute(
        "mutation($i: JobInput!){ postJob(input: $i){ id } }",
        {"i": {"title": "Técnico de enfermagem", "description": "Plantão noturno em pronto-socorro.",
               "salary": {"min": 9000, "max": 5000, "currency": "BRL", "period": "MONTH"}}}, token))["errors"][0]
    assert posted["extensions"]["code"] == "BAD_USER_INPUT" and posted["extensions"]["field"] == "salary"
    assert "9000 BRL" in posted["message"] and "5000 BRL" in posted["message"]

    job = await client.post_job(token, salary={"minAmount": "42.50", "maxAmount": "55.00", "currency": "AUD",
                                                "period": "HOUR"})
    raised = (await client.execute(UPDATE, {"id": job["id"], "i": {"salary": {"minAmount": "60"}}}, token))["errors"][0]
    assert raised["extensions"]["code"] == "BAD_USER_INPUT"
    assert "60 AUD" in raised["message"] and "55 AUD" in raised["message"]
