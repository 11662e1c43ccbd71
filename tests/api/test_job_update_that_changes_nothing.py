"""An update of a job that changes nothing (no field, or each field as it is) writes nothing:
`updatedAt` stays, as a "last changed" a hiring team and candidates read, and no one is told
of a change or re-matched for one."""
from __future__ import annotations

import pytest

UPDATE = """mutation($id: ID!, $i: JobUpdateInput!){ updateJob(id: $id, input: $i){
  title location remote updatedAt salary { minAmount maxAmount currency period } } }"""
READ = "query($id: ID!){ job(id: $id){ updatedAt } }"


@pytest.mark.parametrize("change", [
    {},
    {"title": "Forklift driver (night shift)"},
    {"title": "  Forklift driver (night shift) ", "location": "Hamburg", "remote": "ONSITE"},
    {"salary": {"minAmount": "15.50", "currency": "EUR", "period": "HOUR"}},
])
async def test_an_update_to_what_the_job_already_is_keeps_its_updated_at(client, change):
    employer, _ = await client.employer()
    job = await client.post_job(
        employer, title="Forklift driver (night shift)", location="Hamburg", description="Forklift work in a warehouse.",
        salary={"minAmount": "15.50", "maxAmount": "18.25", "currency": "EUR", "period": "HOUR"})
    before = (await client.data(READ, {"id": job["id"]}, employer))["job"]["updatedAt"]
    answer = (await client.data(UPDATE, {"id": job["id"], "i": change}, employer))["updateJob"]
    assert answer["updatedAt"] == before
    assert answer["title"] == "Forklift driver (night shift)"
    assert (await client.data(READ, {"id": job["id"]}, employer))["job"]["updatedAt"] == before


async def test_a_real_change_still_moves_updated_at(client):
    employer, _ = await client.employer()
    job = await client.post_job(employer, title="Forklift driver")
    before = (await client.data(READ, {"id": job["id"]}, employer))["job"]["updatedAt"]
    answer = (await client.data(UPDATE, {"id": job["id"], "i": {"title": "Forklift driver (days)"}}, employer))["updateJob"]
    assert answer["updatedAt"] > before and answer["title"] == "Forklift driver (days)"
