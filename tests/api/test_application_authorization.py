"""Who may see and change applications: every application query, field and mutation, for
anonymous, the candidate, another candidate, an employer of the organization, an employer
of another organization, and an admin."""
from __future__ import annotations

import pytest

from resolvers.ids import to_global_id
from tests.admin_helpers import admin_token
from tests.applications_helpers import APPLY, MOVE, parsed_resume

ACTORS = ["anonymous", "candidate", "other_candidate", "employer", "other_employer", "admin"]

# operation -> expected outcome per actor: "ok", "hidden" (null / empty, no error), or an error code.
TABLE = {
    "node": {"anonymous": "hidden", "candidate": "ok", "other_candidate": "hidden", "employer": "ok",
             "other_employer": "hidden", "admin": "ok"},
    "job_applications": {"anonymous": "UNAUTHENTICATED", "candidate": "FORBIDDEN", "other_candidate": "FORBIDDEN",
                         "employer": "ok", "other_employer": "FORBIDDEN", "admin": "ok"},
    "application_counts": {"anonymous": "UNAUTHENTICATED", "candidate": "FORBIDDEN", "other_candidate": "FORBIDDEN",
                           "employer": "ok", "other_employer": "FORBIDDEN", "admin": "ok"},
    # A User node the caller may not see is null: the field's own permission is never reached.
    "candidate_applications": {"anonymous": "hidden", "candidate": "ok", "other_candidate": "hidden",
                               "employer": "FORBIDDEN", "other_employer": "hidden", "admin": "ok"},
    "candidate_email": {"anonymous": "hidden", "candidate": "ok", "other_candidate": "hidden", "employer": "ok",
                        "other_employer": "hidden", "admin": "ok"},
    "apply": {"anonymous": "UNAUTHENTICATED", "candidate": "CONFLICT", "other_candidate": "NOT_FOUND",
              "employer": "FORBIDDEN", "other_employer": "FORBIDDEN", "admin": "FORBIDDEN"},
    # Whoever reads null for the application's node is told what an unknown id tells them.
    "move_forward": {"anonymous": "UNAUTHENTICATED", "candidate": "BAD_USER_INPUT", "other_candidate": "NOT_FOUND",
                     "employer": "ok", "other_employer": "NOT_FOUND", "admin": "ok"},
    "withdraw": {"anonymous": "UNAUTHENTICATED", "candidate": "ok", "other_candidate": "NOT_FOUND",
                 "employer": "BAD_USER_INPUT", "other_employer": "NOT_FOUND", "admin": "BAD_USER_INPUT"},
}


@pytest.fixture
async def scene(client, app):
    candidate, candidate_user = await client.candidate()
    resume = await parsed_resume(client, candidate)
    employer, _ = await client.employer()
    job = await client.post_job(employer)
    application = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate))["applyToJob"]
    tokens = {
        "anonymous": None,
        "candidate": candidate,
        "other_candidate": (await client.candidate())[0],
        "employer": employer,
        "other_employer": (await client.employer())[0],
        "admin": (await admin_token(app, client))[0],
    }
    return {"tokens": tokens, "job": job, "resume": resume, "application": application,
            "candidate_user": candidate_user}


async def run(client, scene, operation: str, actor: str):
    token = scene["tokens"][actor]
    app_id, job_id, user_id = scene["application"]["id"], scene["job"]["id"], scene["candidate_user"]["id"]
    if operation == "node":
        body = await client.execute("query($id: ID!){ node(id: $id){ id } }", {"id": app_id}, token)
        return body, (body.get("data") or {}).get("node")
    if operation == "job_applications":
        body = await client.execute("query($id: ID!){ job(id: $id){ applications { totalCount } } }", {"id": job_id}, token)
        return body, body.get("data") and body["data"]["job"]
    if operation == "application_counts":
        body = await client.execute("query($id: ID!){ job(id: $id){ applicationCounts { count } } }", {"id": job_id}, token)
        return body, body.get("data") and body["data"]["job"]
    if operation == "candidate_applications":
        body = await client.execute(
            "query($id: ID!){ node(id: $id){ ... on User { applications { totalCount } } } }", {"id": user_id}, token)
        return body, body.get("data") and body["data"]["node"]
    if operation == "candidate_email":
        body = await client.execute("query($id: ID!){ node(id: $id){ ... on User { email } } }", {"id": user_id}, token)
        return body, body.get("data") and (body["data"]["node"] or {}).get("email")
    if operation == "apply":
        body = await client.execute(APPLY, {"i": {"jobId": job_id, "resumeId": scene["resume"]}}, token)
        return body, body.get("data")
    # Actors run in table order on one application: the employer screens it, so the admin
    # takes the next step.
    status = ("INTERVIEW" if actor == "admin" else "SCREENING") if operation == "move_forward" else "WITHDRAWN"
    body = await client.execute(MOVE, {"id": app_id, "s": status}, token)
    return body, body.get("data") and body["data"]["updateApplicationStatus"]


@pytest.mark.parametrize("operation", list(TABLE))
async def test_each_actor_gets_exactly_what_the_table_says(client, scene, operation):
    outcomes = {}
    for actor in ACTORS:
        body, value = await run(client, scene, operation, actor)
        if body.get("errors"):
            outcomes[actor] = body["errors"][0]["extensions"]["code"]
        elif value in (None, "", [], {}):
            outcomes[actor] = "hidden"
        else:
            outcomes[actor] = "ok"
    assert outcomes == TABLE[operation]


async def test_a_stranger_moving_an_application_learns_no_more_than_from_an_unknown_id(client, scene):
    stranger = scene["tokens"]["other_employer"]
    unknown = to_global_id("Application", "no-such-application")
    refused = await client.execute(MOVE, {"id": scene["application"]["id"], "s": "SCREENING"}, stranger)
    missing = await client.execute(MOVE, {"id": unknown, "s": "SCREENING"}, stranger)
    assert [(e["message"], e["extensions"]) for e in refused["errors"]] == \
        [(e["message"], e["extensions"]) for e in missing["errors"]]
    assert refused["data"] is None and missing["data"] is None
