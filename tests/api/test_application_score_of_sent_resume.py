"""`Application.matchScore` is the job's score against the résumé the application was sent with,
on both backends, with real parsing and matching: scored on read when the stored match is not
from that résumé (or none is stored), and then equal to what the matcher stores for that résumé."""
from __future__ import annotations

import pytest

from gateway.http.limits import BACKEND_CALLS_HEADER
from tests.admin_helpers import admin_token
from tests.applications_helpers import APPLY, parsed_resume, wait_until
from tests.graphql_client import raw_id
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

JOB = {"title": "Senior Backend Engineer", "seniority": "SENIOR",
       "description": "Python services on PostgreSQL and Kubernetes; Docker; AWS.",
       "requiredSkills": ["Python", "PostgreSQL", "Kubernetes", "Terraform"]}
# A weaker fit for the same job: fewer of its skills, a junior title.
WEAKER = """Robin Vale
robin.vale@example.com | Portland, OR

EXPERIENCE
Junior Web Developer, Fabrikam Inc
2022 - Present
Wrote Python scripts and small Flask pages.

SKILLS
Python, Flask, HTML
"""
MY_MATCHES = "{ me { matches(first: 10) { edges { node { score job { id } resume { id } } } } } }"
SCORE = """query($id: ID!){ node(id: $id){ ... on Application { matchScore } } }"""
PAGE = """query($id: ID!){ job(id: $id){ applications(first: 20){ edges { node { matchScore } } } } }"""
PRIMARY = "mutation($id: ID!, $p: Boolean!){ setPrimaryResume(id: $id, primary: $p){ id primary } }"
# Scores are stored to 4 places; on read the cosine is taken in float64, the index's in float32.
CLOSE = 2e-4


async def _stored_from(client, candidate: str, job_id: str, resume_id: str) -> float:
    """The stored match's score once it is from `resume_id` (waited for)."""
    found: list[float] = []

    async def stored() -> bool:
        edges = (await client.data(MY_MATCHES, token=candidate))["me"]["matches"]["edges"]
        found[:] = [e["node"]["score"] for e in edges
                    if e["node"]["job"]["id"] == job_id and e["node"]["resume"]["id"] == resume_id]
        return bool(found)

    await wait_until(stored, attempts=1200)
    return found[0]


async def _score(client, token: str, application_id: str) -> float | None:
    return (await client.data(SCORE, {"id": application_id}, token))["node"]["matchScore"]


async def test_without_a_stored_match_the_score_on_read_is_the_one_the_matcher_stored(served):
    client, app = served
    candidate, user = await client.candidate()
    employer, _ = await client.employer()
    job = await client.post_job(employer, **JOB)
    resume = await parsed_resume(client, candidate)
    stored = await _stored_from(client, candidate, job["id"], resume)
    application = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate))["applyToJob"]
    assert await _score(client, employer, application["id"]) == pytest.approx(stored, abs=1e-9)

    # The stored match gone (as when it falls out of either side's best): scored on read.
    await app.state.services.repositories.matches.delete_for_candidate(raw_id(user["id"]))
    assert await _score(client, employer, application["id"]) == pytest.approx(stored, abs=CLOSE)

    # A page reads a fixed number of times, the scoring's reads included.
    admin, _ = await admin_token(app, client)
    body = (await client.http.post(client.path, json={"query": PAGE, "variables": {"id": job["id"]}},
                                   headers={"Authorization": f"Bearer {admin}", BACKEND_CALLS_HEADER: "1"})).json()
    assert body["data"]["job"]["applications"]["edges"][0]["node"]["matchScore"] == pytest.approx(stored, abs=CLOSE)
    calls = body["extensions"]["backendCalls"]
    # One read of the stored matches, then the scoring's: a résumé, job, user and skill-weight
    # read each, and one per kind of stored vector (vectors, neighbour values, term vectors,
    # lexical neighbour values, of résumés and of jobs): 15 for the page measured, whatever its size.
    assert calls["matches.of_pairs"] == 1 and calls["resumes.get_many"] == 1
    assert calls["embeddings.get_many"] <= 8 and sum(calls.values()) <= 16, calls


async def test_an_application_sent_with_another_resume_than_the_matched_one_shows_the_sent_ones_score(served):
    client, _ = served
    candidate, _ = await client.candidate()
    employer, _ = await client.employer()
    job = await client.post_job(employer, **JOB)
    strong = await parsed_resume(client, candidate)
    weaker = await parsed_resume(client, candidate, WEAKER)
    # The weaker résumé made primary: the stored match comes from it alone.
    await client.data(PRIMARY, {"id": weaker, "p": True}, candidate)
    from_weaker = await _stored_from(client, candidate, job["id"], weaker)
    application = (await client.data(APPLY, {"i": {"jobId": job["id"], "resumeId": strong}}, candidate))["applyToJob"]
    on_read = await _score(client, employer, application["id"])
    assert on_read is not None and on_read > from_weaker

    # Unmarked, the stronger résumé's match is stored: the score read before is the one stored.
    await client.data(PRIMARY, {"id": weaker, "p": False}, candidate)
    from_strong = await _stored_from(client, candidate, job["id"], strong)
    assert on_read == pytest.approx(from_strong, abs=CLOSE)
    assert await _score(client, employer, application["id"]) == pytest.approx(from_strong, abs=1e-9)
