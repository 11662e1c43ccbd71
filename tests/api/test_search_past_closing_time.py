"""searchJobs between a job's closing time and the sweep that closes it: the job
counts nowhere. Before, `totalCount` was 1 with no edges for a query only it met, and a page of 2
held 1 job beside hasNextPage true. The sweep is held off here (an hour), as if not run yet."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

SEARCH = """query($q: String, $f: JobFilter, $first: Int, $after: String){ searchJobs(query: $q, filter: $f,
  first: $first, after: $after){ totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }"""


@pytest.fixture
def settings(settings):
    return settings.model_copy(update={"job_closing_sweep_seconds": 3600.0})


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


async def test_a_job_past_its_closing_time_is_not_counted_and_pages_stay_full(client):
    employer, _ = await client.employer()
    for title in ("Head of Mathematics", "Teaching Assistant", "Finance Officer"):
        await client.post_job(employer, title=title, location="Leeds, United Kingdom")
    closes_at = datetime.now(UTC) + timedelta(seconds=2)
    await client.post_job(employer, title="Accounts Assistant (temp)", location="Leeds, United Kingdom",
                          description="Temporary accounts assistant for month-end: bank reconciliations, Excel.",
                          closesAt=_iso(closes_at))
    candidate, _ = await client.candidate()
    await asyncio.sleep(max(0.0, (closes_at - datetime.now(UTC)).total_seconds()) + 0.05)

    words = (await client.data(SEARCH, {"q": "reconciliations"}, candidate))["searchJobs"]
    assert (words["totalCount"], words["edges"], words["pageInfo"]["hasNextPage"]) == (0, [], False)
    leeds = {"location": "Leeds"}
    first = (await client.data(SEARCH, {"f": leeds, "first": 2}, candidate))["searchJobs"]
    assert (first["totalCount"], len(first["edges"]), first["pageInfo"]["hasNextPage"]) == (3, 2, True)
    rest = (await client.data(SEARCH, {"f": leeds, "first": 2, "after": first["pageInfo"]["endCursor"]},
                              candidate))["searchJobs"]
    assert (len(rest["edges"]), rest["pageInfo"]["hasNextPage"]) == (1, False)
    titles = {e["node"]["title"] for e in first["edges"] + rest["edges"]}
    assert titles == {"Head of Mathematics", "Teaching Assistant", "Finance Officer"}
