"""searchJobs loads a page's organizations before the fields that show them (one batch, read
from the query's selections, fragments included), and not at all when none is asked for."""
from __future__ import annotations

from gateway.http.limits import BACKEND_CALLS_HEADER
from tests.admin_helpers import admin_token

THROUGH_FRAGMENTS = """
query { searchJobs(first: 10) { ...Page } }
fragment Page on JobConnection { edges { node { ... on Job { ...Posting } } } }
fragment Posting on Job { title organization { name } }
"""
WITHOUT_ORGANIZATIONS = "{ searchJobs(first: 10) { edges { node { title } } } }"


async def _calls(client, admin: str, query: str) -> tuple[dict, dict]:
    response = await client.http.post(
        "/graphql", json={"query": query}, headers={"authorization": f"Bearer {admin}", BACKEND_CALLS_HEADER: "1"}
    )
    body = response.json()
    assert not body.get("errors"), body
    return body["extensions"]["backendCalls"], body["data"]


async def test_organizations_asked_for_through_fragments_arrive_from_one_batch(client, app):
    names = {}
    for n in range(3):
        token, _ = await client.employer(organizationName=f"Org {n}")
        job = await client.post_job(token, title=f"Job {n}")
        names[job["title"]] = f"Org {n}"
    admin, _ = await admin_token(app, client)

    calls, data = await _calls(client, admin, THROUGH_FRAGMENTS)

    shown = {e["node"]["title"]: e["node"]["organization"]["name"] for e in data["searchJobs"]["edges"]}
    assert shown == names
    assert calls["organizations.get_many"] == 1


async def test_a_search_that_shows_no_organization_loads_none(client, app):
    token, _ = await client.employer()
    await client.post_job(token)
    admin, _ = await admin_token(app, client)

    calls, data = await _calls(client, admin, WITHOUT_ORGANIZATIONS)

    assert data["searchJobs"]["edges"]
    assert "organizations.get_many" not in calls


async def test_a_search_page_and_another_field_of_the_same_request_show_the_same_organizations(client, app):
    """The page's organizations are read before the organization loader exists; a field that
    asks the loader afterwards in the same request (here a job by id, over an alias) gets the
    same answer, from the page's batch or from its own."""
    token, _ = await client.employer(organizationName="Shown Org")
    job = await client.post_job(token, title="Shown job")
    admin, _ = await admin_token(app, client)
    query = (
        "query($id: ID!) { searchJobs(first: 10) { edges { node { id organization { name } } } }"
        " again: job(id: $id) { organization { name } } }"
    )
    response = await client.http.post(
        "/graphql", json={"query": query, "variables": {"id": job["id"]}},
        headers={"authorization": f"Bearer {admin}", BACKEND_CALLS_HEADER: "1"},
    )
    body = response.json()
    assert not body.get("errors"), body
    assert [e["node"]["organization"]["name"] for e in body["data"]["searchJobs"]["edges"]] == ["Shown Org"]
    assert body["data"]["again"]["organization"]["name"] == "Shown Org"
    assert body["extensions"]["backendCalls"]["organizations.get_many"] <= 2
