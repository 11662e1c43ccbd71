"""Nested lists cost a fixed number of backend calls, however many rows they return.

The counts are the request's own (what an admin sees with the backend-calls header), so the
queue workers matching jobs in the background do not blur them."""
from __future__ import annotations

from gateway.http.limits import BACKEND_CALLS_HEADER
from tests.admin_helpers import admin_token

NESTED = """
query($first: Int!) {
  searchJobs(first: $first) {
    edges { node { title organization { name jobs(first: 5) { totalCount edges { node { title organization { name } } } } } } }
  }
}"""


async def backend_calls(client, token: str, query: str, variables: dict) -> dict:
    response = await client.http.post(
        "/graphql", json={"query": query, "variables": variables},
        headers={"Authorization": f"Bearer {token}", BACKEND_CALLS_HEADER: "1"},
    )
    body = response.json()
    assert not body.get("errors"), body
    return body["extensions"]["backendCalls"], body["data"]


async def test_the_same_backend_calls_serve_5_jobs_and_50_jobs(client, app):
    # 10 organizations with 6 jobs each: 60 jobs, so 50 results span every organization.
    for _ in range(10):
        token, _ = await client.employer()
        for n in range(6):
            await client.post_job(token, title=f"Job {n}")
    admin, _ = await admin_token(app, client)

    five, data = await backend_calls(client, admin, NESTED, {"first": 5})
    assert len(data["searchJobs"]["edges"]) == 5
    fifty, data = await backend_calls(client, admin, NESTED, {"first": 50})
    assert len(data["searchJobs"]["edges"]) == 50

    assert five == fifty
    assert fifty["jobs.search"] == 1
    assert fifty["jobs.by_organizations"] == 1
    assert fifty["organizations.get_many"] == 1


async def test_an_object_seen_many_times_in_one_request_is_loaded_once(client, app):
    token, _ = await client.employer()
    job = await client.post_job(token)
    admin, _ = await admin_token(app, client)
    query = "query($id: ID!){ a: job(id: $id){ organization { name } } b: job(id: $id){ organization { name } } }"
    calls, _ = await backend_calls(client, admin, query, {"id": job["id"]})
    assert calls["jobs.get_many"] == 1 and calls["organizations.get_many"] == 1
