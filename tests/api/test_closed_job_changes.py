"""A closed job is final (there is no way to reopen one): updateJob refuses it with CONFLICT and
a message saying what to do, and the job is left as it was; closing it again stays harmless."""
from __future__ import annotations

UPDATE = "mutation($id: ID!, $i: JobUpdateInput!){ updateJob(id: $id, input: $i){ id title status } }"
CLOSE = "mutation($id: ID!){ closeJob(id: $id){ id status } }"
JOB = "query($id: ID!){ job(id: $id){ title status salary { min } } }"


async def test_a_closed_job_cannot_be_changed(client):
    token, _ = await client.employer()
    job = await client.post_job(token, title="Night Porter")
    await client.data(CLOSE, {"id": job["id"]}, token)
    body = await client.execute(UPDATE, {"id": job["id"], "i": {"title": "Day Porter", "salary": {"min": 1}}}, token)
    error = body["errors"][0]
    assert error["extensions"]["code"] == "CONFLICT"
    assert "closed" in error["message"] and "post a new job" in error["message"].lower()
    assert (await client.data(JOB, {"id": job["id"]}))["job"] == {"title": "Night Porter", "status": "CLOSED", "salary": None}
    assert (await client.data(CLOSE, {"id": job["id"]}, token))["closeJob"]["status"] == "CLOSED"
