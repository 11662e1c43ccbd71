"""A job says when it last changed (`updatedAt`): an edit or a close moves it on, a read does not."""
from __future__ import annotations

from datetime import datetime

JOB = "query($id: ID!){ job(id: $id){ postedAt updatedAt } }"
CLOSE = "mutation($id: ID!){ closeJob(id: $id){ id updatedAt } }"


async def test_updated_at_moves_on_with_a_close(client):
    employer, _ = await client.employer()
    job = await client.post_job(employer)
    posted = (await client.data(JOB, {"id": job["id"]}, employer))["job"]
    assert posted["updatedAt"] == posted["postedAt"]
    closed = (await client.data(CLOSE, {"id": job["id"]}, employer))["closeJob"]
    assert datetime.fromisoformat(closed["updatedAt"]) > datetime.fromisoformat(posted["updatedAt"])
    assert (await client.data(JOB, {"id": job["id"]}, employer))["job"]["updatedAt"] == closed["updatedAt"]
