"""`Job.closedAt`: null while a job is open, the moment of its close once closed, kept when an
administrator takes the closed job down later (which moves `updatedAt` on); a takedown of an open
job is its close. Both backends."""
from __future__ import annotations

from tests.admin_helpers import admin_token
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

JOB = "query($id: ID!){ job(id: $id){ status updatedAt closedAt } }"
CLOSE = "mutation($id: ID!){ closeJob(id: $id){ updatedAt closedAt } }"
TAKE_DOWN = "mutation($id: ID!){ adminTakeDownJob(id: $id, reason: \"spam\"){ takenDownAt job { updatedAt closedAt } } }"


async def test_a_close_is_kept_through_a_later_takedown(served):
    client, app = served
    employer, _ = await client.employer()
    job = await client.post_job(employer)
    assert (await client.data(JOB, {"id": job["id"]}, employer))["job"]["closedAt"] is None

    closed = (await client.data(CLOSE, {"id": job["id"]}, employer))["closeJob"]
    assert closed["closedAt"] == closed["updatedAt"]
    assert (await client.data(JOB, {"id": job["id"]}, employer))["job"]["closedAt"] == closed["closedAt"]
    assert (await client.data(CLOSE, {"id": job["id"]}, employer))["closeJob"]["closedAt"] == closed["closedAt"]

    admin, _ = await admin_token(app, client)
    down = (await client.data(TAKE_DOWN, {"id": job["id"]}, admin))["adminTakeDownJob"]
    assert down["job"]["updatedAt"] > closed["updatedAt"]
    read = (await client.data(JOB, {"id": job["id"]}, employer))["job"]
    assert (read["status"], read["closedAt"], read["updatedAt"]) == ("CLOSED", closed["closedAt"], down["takenDownAt"])


async def test_a_takedown_of_an_open_job_closes_it_then(served):
    client, app = served
    employer, _ = await client.employer()
    job = await client.post_job(employer)
    admin, _ = await admin_token(app, client)
    down = (await client.data(TAKE_DOWN, {"id": job["id"]}, admin))["adminTakeDownJob"]
    assert down["job"]["closedAt"] == down["takenDownAt"]
    assert (await client.data(JOB, {"id": job["id"]}, employer))["job"]["closedAt"] == down["takenDownAt"]
