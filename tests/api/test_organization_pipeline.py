"""`Organization.applications`: a hiring team's pipeline across its jobs, latest activity first,
in keyset pages; its members and admins only; a page's applications resolved in batches. Both
backends."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from domain.applications import Application, ApplicationEvent, ApplicationStatus
from domain.users import Role, User
from gateway.http.limits import BACKEND_CALLS_HEADER
from resolvers.ids import to_global_id
from tests.admin_helpers import admin_token
from tests.graphql_client import raw_id
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

START = datetime(2026, 1, 1, tzinfo=UTC)
PIPELINE = """query($org: ID!, $first: Int, $after: String, $status: ApplicationStatus, $job: ID){
  node(id: $org){ ... on Organization { applications(first: $first, after: $after, status: $status, jobId: $job){
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status job { id title } candidate { id name } history { status } } } } } } }"""


def _at(minute: int) -> datetime:
    return START + timedelta(minutes=minute)


async def _pipeline(app, client, jobs: int = 4, per_job: int = 6) -> tuple[str, dict, list[dict], list[str]]:
    """An organization with `jobs` jobs and `per_job` applications to each, the n-th submitted at
    minute n; returns the employer's token, their user, the jobs and the applications' global ids
    newest first."""
    repositories = app.state.services.repositories
    employer, user = await client.employer()
    posted = [await client.post_job(employer, title=f"Job {j}") for j in range(jobs)]
    ids = []
    for n in range(jobs * per_job):
        candidate = User(id=f"c{n}-{raw_id(user['id'])[:8]}", email=f"c{n}.{raw_id(user['id'])[:8]}@example.com",
                         name=f"Candidate {n}", role=Role.CANDIDATE, password_hash="x", created_at=START)
        await repositories.users.add(candidate)
        application = Application(id=f"a{n:03d}-{candidate.id}", job_id=raw_id(posted[n % jobs]["id"]),
                                  candidate_id=candidate.id, resume_id=None, created_at=_at(n), updated_at=_at(n))
        await repositories.applications.add(
            application, ApplicationEvent(status=ApplicationStatus.SUBMITTED, at=_at(n), by_user_id=candidate.id))
        ids.append(application.id)
    return employer, user, posted, ids[::-1]


async def _calls(client, token: str, variables: dict) -> tuple[dict, dict]:
    response = await client.http.post(client.path, json={"query": PIPELINE, "variables": variables},
                                      headers={"Authorization": f"Bearer {token}", BACKEND_CALLS_HEADER: "1"})
    body = response.json()
    assert not body.get("errors"), body
    return body["extensions"]["backendCalls"], body["data"]["node"]["applications"]


def _raw_ids(connection: dict) -> list[str]:
    return [raw_id(edge["node"]["id"]) for edge in connection["edges"]]


async def test_a_page_of_20_across_jobs_costs_the_same_backend_calls_as_a_page_of_5(served):
    client, app = served
    employer, _, jobs, newest_first = await _pipeline(app, client)
    organization = jobs[0]["organization"]["id"]
    admin, _ = await admin_token(app, client)

    five, page = await _calls(client, admin, {"org": organization, "first": 5})
    assert _raw_ids(page) == newest_first[:5]
    twenty, page = await _calls(client, admin, {"org": organization, "first": 20})
    assert _raw_ids(page) == newest_first[:20]
    assert {edge["node"]["job"]["id"] for edge in page["edges"]} == {job["id"] for job in jobs}
    assert page["totalCount"] == 24 and page["pageInfo"]["hasNextPage"]
    assert twenty == five
    assert twenty["applications.by_organizations"] == 1
    assert twenty["applications.histories"] == 1
    assert twenty["jobs.get_many"] == 1


async def test_pages_follow_the_latest_activity_and_a_move_brings_an_application_first(served):
    client, app = served
    employer, user, jobs, newest_first = await _pipeline(app, client, jobs=2, per_job=3)
    organization = jobs[0]["organization"]["id"]
    oldest = newest_first[-1]
    (stored,) = await app.state.services.repositories.applications.get_many([oldest])
    moved = stored.model_copy(update={"status": ApplicationStatus.SCREENING, "updated_at": _at(100)})
    await app.state.services.repositories.applications.transition(
        moved, ApplicationEvent(status=ApplicationStatus.SCREENING, at=_at(100), by_user_id=raw_id(user["id"])), 1)

    seen, after = [], None
    while True:
        page = (await client.data(PIPELINE, {"org": organization, "first": 2, "after": after}, employer)
                )["node"]["applications"]
        seen += _raw_ids(page)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == [oldest, *newest_first[:-1]]

    screening = (await client.data(PIPELINE, {"org": organization, "status": "SCREENING"}, employer)
                 )["node"]["applications"]
    assert _raw_ids(screening) == [oldest]
    one_job = (await client.data(PIPELINE, {"org": organization, "job": jobs[1]["id"]}, employer)
               )["node"]["applications"]
    assert _raw_ids(one_job) == [i for i in newest_first if int(i[1:4]) % 2 == 1]


async def test_only_the_organizations_members_and_admins_see_its_pipeline(served):
    client, app = served
    _, _, jobs, _ = await _pipeline(app, client, jobs=1, per_job=1)
    organization = jobs[0]["organization"]["id"]
    stranger, _ = await client.employer()
    candidate, _ = await client.candidate()
    assert await client.error_code(PIPELINE, {"org": organization}, stranger) == "FORBIDDEN"
    assert await client.error_code(PIPELINE, {"org": organization}, candidate) == "FORBIDDEN"
    admin, _ = await admin_token(app, client)
    assert len((await client.data(PIPELINE, {"org": organization}, admin))["node"]["applications"]["edges"]) == 1


async def test_bad_cursors_and_job_ids_are_the_callers_mistake(served):
    client, app = served
    employer, user, jobs, _ = await _pipeline(app, client, jobs=1, per_job=1)
    organization = jobs[0]["organization"]["id"]
    other, _ = await client.employer()
    foreign_job = await client.post_job(other)
    job_page = await client.data(
        "query($id: ID!){ job(id: $id){ applications(first: 1){ pageInfo { endCursor } } } }",
        {"id": jobs[0]["id"]}, employer)
    another_lists_cursor = job_page["job"]["applications"]["pageInfo"]["endCursor"]
    cases = {
        "not-a-cursor": {"after": "%%%"},
        "another list's cursor": {"after": another_lists_cursor},
        "an id of another type": {"job": user["id"]},
        "a malformed id": {"job": "nonsense"},
        "another organization's job": {"job": foreign_job["id"]},
    }
    for name, variables in cases.items():
        body = await client.execute(PIPELINE, {"org": organization, **variables}, employer)
        assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT", (name, body)
    body = await client.execute(PIPELINE, {"org": organization, "job": to_global_id("Job", "no-such-job")}, employer)
    assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND", body
    assert body["errors"][0]["extensions"]["argument"] == "jobId", body
