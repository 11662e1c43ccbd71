"""Posting, changing, closing and searching jobs over HTTP."""
from __future__ import annotations

import base64

import pytest

SEARCH = """
query($q: String, $f: JobFilter, $first: Int, $after: String) {
  searchJobs(query: $q, filter: $f, first: $first, after: $after) {
    totalCount
    edges { cursor node { id title remote status requiredSkills } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}"""
UPDATE = "mutation($id: ID!, $i: JobUpdateInput!){ updateJob(id: $id, input: $i){ id title description location requiredSkills remote } }"
CLOSE = "mutation($id: ID!){ closeJob(id: $id){ id status } }"


async def titles(client, **variables):
    data = await client.data(SEARCH, variables)
    return [edge["node"]["title"] for edge in data["searchJobs"]["edges"]]


async def test_a_posted_job_fills_its_required_skills_from_the_description(client):
    token, _ = await client.employer()
    job = await client.post_job(token, title="Platform Engineer", description="Run k8s clusters and postgres on AWS.")
    assert job["requiredSkills"] == ["Kubernetes", "PostgreSQL", "AWS"]
    assert job["status"] == "OPEN"
    assert job["remote"] == "ONSITE" and job["employmentType"] == "FULL_TIME"


async def test_given_skills_are_normalised_to_canonical_names(client):
    token, _ = await client.employer()
    job = await client.post_job(token, requiredSkills=["postgres", "JS", "k8s"], niceToHaveSkills=["k8s", "Docker"])
    assert job["requiredSkills"] == ["PostgreSQL", "JavaScript", "Kubernetes"]
    assert job["niceToHaveSkills"] == ["Docker"]


async def test_candidates_cannot_post_jobs(client):
    token, _ = await client.candidate()
    body = await client.execute(
        "mutation{ postJob(input: {title: \"T\", description: \"D\"}){ id } }", token=token
    )
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


@pytest.mark.parametrize(
    "fields, fragment",
    [
        ({"title": "  "}, "`title` must not be empty"),
        ({"salary": {"min": 200, "max": 100}}, "salary.min"),
        ({"salary": {"min": 1, "currency": "dollars"}}, "three-letter"),
    ],
)
async def test_bad_job_input_is_refused_and_nothing_is_stored(client, fields, fragment):
    token, _ = await client.employer()
    job = {"title": "Engineer", "description": "Python"}
    job.update(fields)
    body = await client.execute("mutation($i: JobInput!){ postJob(input: $i){ id } }", {"i": job}, token)
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert fragment in body["errors"][0]["message"]
    assert (await client.data(SEARCH, {"f": {"status": None}}))["searchJobs"]["totalCount"] == 0


async def test_only_the_posting_organization_may_update_or_close_a_job(client):
    owner, _ = await client.employer()
    other, _ = await client.employer()
    job = await client.post_job(owner)
    assert await client.error_code(UPDATE, {"id": job["id"], "i": {"title": "Hijacked"}}, other) == "FORBIDDEN"
    assert await client.error_code(CLOSE, {"id": job["id"]}, other) == "FORBIDDEN"
    assert await client.error_code(CLOSE, {"id": job["id"]}) == "UNAUTHENTICATED"
    updated = (await client.data(UPDATE, {"id": job["id"], "i": {"title": "Staff Engineer", "location": "Lisbon"}}, owner))
    assert updated["updateJob"]["title"] == "Staff Engineer"
    assert updated["updateJob"]["description"] == "Build APIs in Python and PostgreSQL."
    assert updated["updateJob"]["location"] == "Lisbon"


async def test_an_update_with_empty_skills_refills_them_from_the_description(client):
    token, _ = await client.employer()
    job = await client.post_job(token, requiredSkills=["Rust"])
    updated = await client.data(UPDATE, {"id": job["id"], "i": {"description": "We use Kotlin and Redis.", "requiredSkills": []}}, token)
    assert updated["updateJob"]["requiredSkills"] == ["Kotlin", "Redis"]


async def test_a_closed_job_leaves_the_default_search_but_not_an_explicit_one(client):
    token, _ = await client.employer()
    job = await client.post_job(token, title="Data Engineer")
    assert (await client.data(CLOSE, {"id": job["id"]}, token))["closeJob"]["status"] == "CLOSED"
    assert await titles(client) == []
    assert await titles(client, f={"status": "CLOSED"}) == ["Data Engineer"]
    assert await titles(client, f={"status": None}) == ["Data Engineer"]


async def test_search_ranks_title_matches_first_and_requires_every_word(client):
    token, _ = await client.employer()
    await client.post_job(token, title="Office Manager", description="Keeps the office running. Some Python scripting.")
    await client.post_job(token, title="Python Developer", description="Backend services.")
    await client.post_job(token, title="Java Developer", description="Spring services.")
    assert await titles(client, q="python") == ["Python Developer", "Office Manager"]
    assert await titles(client, q="python developer") == ["Python Developer"]
    assert sorted(await titles(client, q="devel")) == ["Java Developer", "Python Developer"]  # a prefix matches
    assert await titles(client, q='"; DROP TABLE jobs; --') == []


async def test_every_filter_narrows_the_search(client):
    token, user = await client.employer()
    other, _ = await client.employer()
    await client.post_job(token, title="Remote Senior", remote="REMOTE", seniority="SENIOR", employmentType="CONTRACT",
                          location="Berlin, Germany", salary={"min": 90000, "max": 120000, "currency": "EUR"},
                          requiredSkills=["Python", "Kubernetes"])
    await client.post_job(token, title="Onsite Junior", remote="ONSITE", seniority="JUNIOR", location="Paris",
                          salary={"min": 40000, "max": 50000}, requiredSkills=["Python"])
    await client.post_job(other, title="Other Org Job", requiredSkills=["Go"])
    assert await titles(client, f={"remote": ["REMOTE", "HYBRID"]}) == ["Remote Senior"]
    assert await titles(client, f={"seniority": ["JUNIOR"]}) == ["Onsite Junior"]
    assert await titles(client, f={"employmentTypes": ["CONTRACT"]}) == ["Remote Senior"]
    assert await titles(client, f={"location": "berlin"}) == ["Remote Senior"]
    assert await titles(client, f={"minSalary": 100000, "salaryCurrency": "EUR"}) == ["Remote Senior"]
    assert await titles(client, f={"skills": ["python", "k8s"]}) == ["Remote Senior"]
    assert sorted(await titles(client, f={"skills": ["Python"]})) == ["Onsite Junior", "Remote Senior"]
    org_id = user["organization"]["id"]
    assert sorted(await titles(client, f={"organizationId": org_id})) == ["Onsite Junior", "Remote Senior"]


async def test_cursor_pagination_walks_every_job_once(client):
    token, _ = await client.employer()
    for n in range(7):
        await client.post_job(token, title=f"Job {n}")
    seen, after = [], None
    while True:
        page = (await client.data(SEARCH, {"first": 3, "after": after}))["searchJobs"]
        assert page["totalCount"] == 7
        seen += [e["node"]["title"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert sorted(seen) == [f"Job {n}" for n in range(7)]
    assert len(seen) == 7


@pytest.mark.parametrize(
    "variables, argument",
    [({"first": 101}, "first"), ({"first": -1}, "first"), ({"after": "not-a-cursor"}, "after"),
     ({"after": base64.urlsafe_b64encode(b"cursor:v1:-5").decode()}, "after")],
)
async def test_bad_paging_arguments_are_bad_user_input(client, variables, argument):
    body = await client.execute(SEARCH, variables)
    assert body["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "argument": argument}


async def test_node_resolves_jobs_and_organizations_and_refuses_malformed_ids(client):
    token, user = await client.employer()
    job = await client.post_job(token, title="Node Job")
    data = await client.data(
        "query($a: ID!, $b: ID!){ a: node(id: $a){ id ... on Job { title } } b: node(id: $b){ ... on Organization { name } } }",
        {"a": job["id"], "b": user["organization"]["id"]},
    )
    assert data["a"] == {"id": job["id"], "title": "Node Job"}
    assert data["b"]["name"] == user["organization"]["name"]
    assert await client.error_code("{ node(id: \"!!!\"){ id } }") == "BAD_USER_INPUT"
    wrong_type = await client.execute("query($id: ID!){ job(id: $id){ id } }", {"id": user["organization"]["id"]})
    assert wrong_type["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "must be the ID of a Job" in wrong_type["errors"][0]["message"]
