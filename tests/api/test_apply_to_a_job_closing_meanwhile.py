"""An application whose job closes between the service's read of it (open) and the write
that would store it is refused by that write, as a closed job's is: CONFLICT naming
jobId, with reason JOB_CLOSED, and nothing stored for the candidate to wait on."""
from __future__ import annotations

from collections.abc import Sequence

from domain.jobs import Job
from tests.applications_helpers import APPLY, parsed_resume
from tests.graphql_client import raw_id

CLOSE = "mutation($id: ID!){ closeJob(id: $id){ id status } }"


class _ReadBeforeTheClose:
    """The job as the service read it a moment before the close committed."""

    def __init__(self, jobs, before_close: dict[str, Job]) -> None:
        self._jobs, self._before_close = jobs, before_close

    async def get_many(self, ids: Sequence[str]) -> list[Job | None]:
        found = await self._jobs.get_many(ids)
        return [self._before_close.get(i, job) for i, job in zip(ids, found)]


async def test_an_application_read_open_but_written_after_the_close_is_refused(client, app, monkeypatch):
    employer, _ = await client.employer()
    job = await client.post_job(employer, title="Ward Clerk")
    token, _ = await client.candidate()
    resume = await parsed_resume(client, token)
    services = app.state.services
    jobs = services.applications._jobs

    (open_job,) = await jobs.get_many([raw_id(job["id"])])
    await client.data(CLOSE, {"id": job["id"]}, employer)
    monkeypatch.setattr(services.applications, "_jobs", _ReadBeforeTheClose(jobs, {open_job.id: open_job}))

    body = await client.execute(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, token)

    (error,) = body["errors"]
    assert (error["extensions"]["code"], error["extensions"]["reason"]) == ("CONFLICT", "JOB_CLOSED")
    assert error["extensions"]["field"] == "jobId" and "closed" in error["message"]
    assert body["data"] is None or body["data"].get("applyToJob") is None
