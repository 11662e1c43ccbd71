"""A candidate's own applications filtered by status, as a recruiter filters a job's: the
filter and keyset paging together (pages under the filter skip and repeat nothing)."""
from __future__ import annotations

from tests.applications_helpers import APPLY, MOVE, parsed_resume

MINE = """query($s: ApplicationStatus, $first: Int, $after: String){ me { applications(status: $s, first: $first,
  after: $after){ totalCount pageInfo { hasNextPage endCursor } edges { node { id status } } } } }"""


async def _all_pages(client, token, status, first):
    ids, after = [], None
    while True:
        page = (await client.data(MINE, {"s": status, "first": first, "after": after}, token))["me"]["applications"]
        ids += [edge["node"]["id"] for edge in page["edges"]]
        assert all(edge["node"]["status"] == status for edge in page["edges"])
        if not page["pageInfo"]["hasNextPage"]:
            return ids, page["totalCount"]
        after = page["pageInfo"]["endCursor"]


async def test_a_candidate_pages_through_their_applications_of_one_status(client):
    candidate, _ = await client.candidate()
    resume = await parsed_resume(client, candidate)
    employer, _ = await client.employer()
    applied = []
    for n in range(5):
        job = await client.post_job(employer, title=f"Ward Nurse {n}")
        body = await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate)
        applied.append(body["applyToJob"]["id"])
    # Withdrawn: the second and fourth; the rest stay submitted. Newest first.
    for withdrawn in (applied[1], applied[3]):
        await client.data(MOVE, {"id": withdrawn, "s": "WITHDRAWN"}, candidate)

    submitted, total = await _all_pages(client, candidate, "SUBMITTED", 2)
    assert (submitted, total) == ([applied[4], applied[2], applied[0]], 3)
    withdrawn, total = await _all_pages(client, candidate, "WITHDRAWN", 1)
    assert (withdrawn, total) == ([applied[3], applied[1]], 2)
    hired, total = await _all_pages(client, candidate, "HIRED", 2)
    assert (hired, total) == ([], 0)
    unfiltered = (await client.data(MINE, {"first": 10}, candidate))["me"]["applications"]
    assert [edge["node"]["id"] for edge in unfiltered["edges"]] == applied[::-1]


async def test_an_unknown_status_is_refused_as_bad_input(client):
    candidate, _ = await client.candidate()
    body = await client.execute(MINE, {"s": "LOST"}, candidate)
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
