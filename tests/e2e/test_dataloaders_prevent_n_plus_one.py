"""Nested lists cost a fixed number of backend calls, however many rows they return."""
from __future__ import annotations

from tests.fakes.call_spy import spy_on_repositories

NESTED = """
query($first: Int!) {
  searchJobs(first: $first) {
    edges { node { title organization { name jobs(first: 5) { totalCount edges { node { title organization { name } } } } } } }
  }
}"""


async def calls_for(client, counter, first: int) -> dict:
    counter.clear()
    data = await client.data(NESTED, {"first": first})
    assert len(data["searchJobs"]["edges"]) == first
    return dict(counter)


async def test_the_same_backend_calls_serve_5_jobs_and_50_jobs(client, app):
    # 10 organizations with 6 jobs each: 60 jobs, so 50 results span every organization.
    for _ in range(10):
        token, _ = await client.employer()
        for n in range(6):
            await client.post_job(token, title=f"Job {n}")
    counter = spy_on_repositories(app.state.services)

    five = await calls_for(client, counter, 5)
    fifty = await calls_for(client, counter, 50)

    assert five == fifty
    assert fifty == {"jobs.search": 1, "organizations.get_many": 1, "jobs.by_organizations": 1}


async def test_a_user_seen_many_times_in_one_request_is_loaded_once(client, app):
    token, user = await client.employer()
    job = await client.post_job(token)
    counter = spy_on_repositories(app.state.services)
    query = "query($id: ID!){ a: job(id: $id){ organization { name } } b: job(id: $id){ organization { name } } }"
    await client.data(query, {"id": job["id"]})
    assert counter == {"jobs.get_many": 1, "organizations.get_many": 1}
