"""An ID of the wrong kind is refused in a sentence a person reads without stumbling."""
from __future__ import annotations

SEARCH = "query($f: JobFilter){ searchJobs(filter: $f){ totalCount } }"
MOVE = "mutation($id: ID!){ updateApplicationStatus(id: $id, status: SCREENING){ id } }"


async def test_an_id_of_the_wrong_kind_is_named_with_the_right_article(client):
    token, _ = await client.employer()
    job = await client.post_job(token)
    by_organization = await client.execute(SEARCH, {"f": {"organizationId": job["id"]}})
    assert by_organization["errors"][0]["message"] == (
        "`filter.organizationId` must be the ID of an Organization, not of a Job.")
    moved = await client.execute(MOVE, {"id": job["id"]}, token)
    assert moved["errors"][0]["message"] == "`id` must be the ID of an Application, not of a Job."
    assert moved["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
