"""`first: 0` on every connection: an empty page that still counts the list, whose pageInfo
lets a Relay client go on (with more to come, `endCursor` names where the page stands;
following it gives exactly the items not seen)."""
from __future__ import annotations

import pytest

from tests.admin_helpers import admin_token, settle
from tests.applications_helpers import APPLY, parsed_resume

PAGE = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id } }"
# Each connection, as (query with $first and $after, path to the connection, who reads it).
CONNECTIONS = {
    "searchJobs": ("query($first: Int, $after: String){ searchJobs(first: $first, after: $after){ %s } }",
                   ["searchJobs"], "candidate"),
    "searchJobs by words": (
        "query($first: Int, $after: String){ searchJobs(query: \"nurse\", first: $first, after: $after){ %s } }",
        ["searchJobs"], "candidate"),
    "User.applications": ("query($first: Int, $after: String){ me { applications(first: $first, after: $after){ %s } } }",
                          ["me", "applications"], "candidate"),
    "User.resumes": ("query($first: Int, $after: String){ me { resumes(first: $first, after: $after){ %s } } }",
                     ["me", "resumes"], "candidate"),
    "User.matches": ("query($first: Int, $after: String){ me { matches(first: $first, after: $after){ %s } } }",
                     ["me", "matches"], "candidate"),
    "User.notifications": (
        "query($first: Int, $after: String){ me { notifications(first: $first, after: $after){ %s } } }",
        ["me", "notifications"], "employer"),
    "Job.applications": (
        "query($first: Int, $after: String, $job: ID!){ job(id: $job){ applications(first: $first, after: $after){ %s } } }",
        ["job", "applications"], "employer"),
    "Job.matches": (
        "query($first: Int, $after: String, $job: ID!){ job(id: $job){ matches(first: $first, after: $after){ %s } } }",
        ["job", "matches"], "employer"),
    "Organization.jobs": (
        "query($first: Int, $after: String){ me { organization { jobs(first: $first, after: $after){ %s } } } }",
        ["me", "organization", "jobs"], "employer"),
    "Organization.applications": (
        "query($first: Int, $after: String){ me { organization { applications(first: $first, after: $after){ %s } } } }",
        ["me", "organization", "applications"], "employer"),
    "adminUsers": ("query($first: Int, $after: String){ adminUsers(first: $first, after: $after){ %s } }",
                   ["adminUsers"], "admin"),
    # The log grows with each admin read: its applications only, which these reads do not add to.
    "adminAuditLog": ("query($first: Int, $after: String){ adminAuditLog(filter: {operation: \"applyToJob\"},"
                      " first: $first, after: $after){ %s } }",
                      ["adminAuditLog"], "admin"),
}


@pytest.fixture
async def lists(client, app):
    candidate, _ = await client.candidate()
    resume = await parsed_resume(client, candidate)
    employer, _ = await client.employer()
    jobs = [await client.post_job(employer, title=f"Night nurse {n}", description="Ward nursing, night shifts.")
            for n in range(3)]
    for job in jobs:
        await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate)
    admin, _ = await admin_token(app, client)
    await settle(app)
    return {"tokens": {"candidate": candidate, "employer": employer, "admin": admin}, "job": jobs[0]["id"]}


async def _connection(client, lists, name, first, after=None):
    query, path, reader = CONNECTIONS[name]
    body = await client.data(query % PAGE, {"first": first, "after": after, "job": lists["job"]}
                             if "$job" in query else {"first": first, "after": after}, lists["tokens"][reader])
    for key in path:
        body = body[key]
    return body


@pytest.mark.parametrize("name", list(CONNECTIONS))
async def test_a_page_of_none_counts_and_lets_the_client_go_on(client, lists, name):
    whole = await _connection(client, lists, name, 100)
    none = await _connection(client, lists, name, 0)
    info = none["pageInfo"]
    assert none["edges"] == [] and none["totalCount"] == whole["totalCount"]
    if name not in ("User.matches", "Job.matches", "User.notifications"):
        assert whole["totalCount"] > 0, "a list with items shows whether a next page is told"
    assert info["hasNextPage"] == (whole["totalCount"] > 0) and not info["hasPreviousPage"]
    if not info["hasNextPage"]:
        assert info["endCursor"] is None
        return
    assert info["endCursor"] is not None and info["startCursor"] == info["endCursor"]
    # Going on from the empty page gives the whole list, and a page of none in the middle of
    # it stands where it was asked.
    rest = await _connection(client, lists, name, 100, info["endCursor"])
    assert rest["edges"] == whole["edges"] and not rest["pageInfo"]["hasPreviousPage"]
    one = await _connection(client, lists, name, 1)
    middle = await _connection(client, lists, name, 0, one["pageInfo"]["endCursor"])
    assert middle["pageInfo"]["hasNextPage"] == (whole["totalCount"] > 1)
    if middle["pageInfo"]["hasNextPage"]:
        after_middle = await _connection(client, lists, name, 100, middle["pageInfo"]["endCursor"])
        assert after_middle["edges"] == whole["edges"][1:]


async def test_every_connection_of_the_schema_is_covered(client):
    # A connection added later is held to the same pageInfo by being listed above.
    body = await client.data("{ __schema { types { name kind fields { name type { name ofType { name } } } } } }")
    served = set()
    for kind in body["__schema"]["types"]:
        for field in kind["fields"] or []:
            named = field["type"]["name"] or (field["type"]["ofType"] or {}).get("name") or ""
            if named.endswith("Connection") and kind["name"] in ("Query", "User", "Job", "Organization"):
                served.add(field["name"] if kind["name"] == "Query" else f"{kind['name']}.{field['name']}")
    assert served == {name for name in CONNECTIONS if name != "searchJobs by words"}
