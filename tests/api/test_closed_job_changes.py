"""A closed job is final (there is no way to reopen one): updateJob refuses it with CONFLICT and
a message saying what to do, and the job is left as it was; closing it again stays harmless.
Applying to it is refused with the same code and reason: the job's state stands in the way,
nothing in the request was wrong."""
from __future__ import annotations

from tests.applications_helpers import APPLY, parsed_resume

UPDATE = "mutation($id: ID!, $i: JobUpdateInput!){ updateJob(id: $id, input: $i){ id title status } }"
CLOSE = "mutation($id: ID!){ closeJob(id: $id){ id status } }"
JOB = "query($id: ID!){ job(id: $id){ title status salary { min } } }"


async def test_a_closed_job_cannot_be_changed(client):
    token, _ = await client.employer()
    job = await client.post_job(token, title="Night Porter")
    await client.data(CLOSE, {"id": job["id"]}, token)
    body = await client.execute(UPDATE, {"id": job["id"], "i": {"title": "Day Porter", "salary": {"min": 1}}}, token)
    error = body["errors"][0]
    assert error["extensions"] == {"code": "CONFLICT", "field": "id", "jobId": job["id"], "reason": "JOB_CLOSED"}
    assert "closed" in error["message"] and "post a new job" in error["message"].lower()
    assert (await client.data(JOB, {"id": job["id"]}))["job"] == {"title": "Night Porter", "status": "CLOSED", "salary": None}
    assert (await client.data(CLOSE, {"id": job["id"]}, token))["closeJob"]["status"] == "CLOSED"


async def test_applying_to_a_closed_job_is_the_same_conflict_as_changing_it(client):
    employer, _ = await client.employer()
    job = await client.post_job(employer, title="Night Porter")
    candidate, _ = await client.candidate()
    resume = await parsed_resume(client, candidate)
    await client.data(CLOSE, {"id": job["id"]}, employer)
    response = await client.http.post(client.path, json={"query": APPLY, "variables": {
        "i": {"jobId": job["id"], "resumeId": resume}}}, headers={"Authorization": f"Bearer {candidate}"})
    (applying,) = response.json()["errors"]
    (changing,) = (await client.execute(UPDATE, {"id": job["id"], "i": {"title": "Day Porter"}}, employer))["errors"]
    assert response.status_code == 409
    assert [e["extensions"]["code"] for e in (applying, changing)] == ["CONFLICT", "CONFLICT"]
    assert applying["extensions"]["reason"] == changing["extensions"]["reason"] == "JOB_CLOSED"
    assert applying["extensions"]["field"] == "jobId" and "no longer takes applications" in applying["message"]


async def test_an_update_racing_a_close_never_reopens_the_job(client):
    """Both at once, many times: whichever lands first, the job ends closed; an update that
    lost is refused rather than written over the close, and one that won is kept."""
    import asyncio

    token, _ = await client.employer()
    for round_ in range(15):
        job = await client.post_job(token, title="Porter")
        update, close = await asyncio.gather(
            client.execute(UPDATE, {"id": job["id"], "i": {"title": f"Porter {round_}"}}, token),
            client.execute(CLOSE, {"id": job["id"]}, token),
        )
        assert close["data"]["closeJob"]["status"] == "CLOSED"
        state = (await client.data(JOB, {"id": job["id"]}))["job"]
        assert state["status"] == "CLOSED", (round_, update)
        if "errors" in update:
            assert update["errors"][0]["extensions"]["code"] == "CONFLICT"
            assert update["errors"][0]["extensions"]["jobId"] == job["id"]
            assert state["title"] == "Porter"
        else:  # the update landed before the close: the close must not write the old title back
            assert state["title"] == f"Porter {round_}", (round_, state)
