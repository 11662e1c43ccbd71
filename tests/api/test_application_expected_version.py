"""`expectedVersion` is a version the client read (they start at 1): zero or less, or one the
application has not reached, is the client's mistake, not "someone else changed it first",
and the application stays put."""
from __future__ import annotations

import pytest

from tests.applications_helpers import APPLY, MOVE, parsed_resume

STATUS = "query($id: ID!){ node(id: $id){ ... on Application { status version } } }"


@pytest.mark.parametrize("version", [0, -1, 2, 2**31 - 1])
async def test_an_expected_version_below_one_is_refused_as_bad_input(client, version):
    candidate, _ = await client.candidate()
    resume = await parsed_resume(client, candidate)
    employer, _ = await client.employer()
    job = await client.post_job(employer)
    application = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate))["applyToJob"]
    body = await client.execute(MOVE, {"id": application["id"], "s": "SCREENING", "v": version}, employer)
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and error["extensions"]["field"] == "expectedVersion"
    assert "`version`" in error["message"]
    assert (await client.data(STATUS, {"id": application["id"]}, employer))["node"] == {"status": "SUBMITTED", "version": 1}
