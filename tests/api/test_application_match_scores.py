"""`Application.matchScore`: the stored match score of the application's candidate and job when it
is from the résumé sent, else scored on read (test_application_score_of_sent_resume.py), null
where that cannot be scored (here: résumés never parsed). A page of 20 applications reads the
stored scores in one backend call. Both backends."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.applications import Application, ApplicationEvent, ApplicationStatus
from domain.matches import Match, ScoreBreakdown
from domain.resumes import Resume
from gateway.http.limits import BACKEND_CALLS_HEADER
from resolvers.ids import to_global_id
from tests.admin_helpers import admin_token
from tests.graphql_client import raw_id
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

NOW = datetime(2026, 1, 1, tzinfo=UTC)
PAGE = """query($id: ID!){ job(id: $id){ applications(first: 20){
  edges { node { matchScore candidate { id } } } } } }"""


async def _applications_with_scores(app, client, job_id: str) -> dict[str, float | None]:
    """20 candidates' applications to the job, every other one with a stored match."""
    repositories = app.state.services.repositories
    expected: dict[str, float | None] = {}
    for n in range(20):
        _, user = await client.candidate()
        candidate_id = raw_id(user["id"])
        resume = Resume(id=f"r-{candidate_id}", owner_id=candidate_id, filename="cv.pdf",
                        content_type="application/pdf", size_bytes=1, sha256=f"{n:064d}", uploaded_at=NOW)
        await repositories.resumes.add(resume, max_per_owner=5)
        await repositories.applications.add(
            Application(id=f"a-{candidate_id}", job_id=job_id, candidate_id=candidate_id, resume_id=resume.id,
                        status=ApplicationStatus.SUBMITTED, created_at=NOW, updated_at=NOW),
            ApplicationEvent(status=ApplicationStatus.SUBMITTED, at=NOW, by_user_id=candidate_id))
        score = 0.5 + n / 100 if n % 2 == 0 else None
        if score is not None:
            await repositories.matches.upsert([Match(
                id=f"m-{candidate_id}", candidate_id=candidate_id, job_id=job_id, resume_id=resume.id, score=score,
                breakdown=ScoreBreakdown(semantic=0.5), created_at=NOW, updated_at=NOW)])
        expected[user["id"]] = score
    return expected


async def test_a_page_of_applications_shows_each_match_score_from_one_batch(served):
    client, app = served
    employer, _ = await client.employer()
    job = await client.post_job(employer)
    expected = await _applications_with_scores(app, client, raw_id(job["id"]))

    admin, _ = await admin_token(app, client)  # an admin sees the request's backend calls
    response = await client.http.post(client.path, json={"query": PAGE, "variables": {"id": job["id"]}},
                                      headers={"Authorization": f"Bearer {admin}", BACKEND_CALLS_HEADER: "1"})
    body = response.json()
    assert not body.get("errors"), body
    edges = body["data"]["job"]["applications"]["edges"]
    assert len(edges) == 20
    shown = {e["node"]["candidate"]["id"]: e["node"]["matchScore"] for e in edges}
    assert shown.keys() == expected.keys()
    for candidate_id, score in expected.items():
        assert shown[candidate_id] == (None if score is None else pytest.approx(score, abs=1e-6))
    calls = body["extensions"]["backendCalls"]
    assert calls["matches.of_pairs"] == 1
    # The ten without a stored match from their résumé are scored on read: their résumés read
    # in one call (not parsed here, so nothing more is read).
    assert calls["resumes.get_many"] == 1 and "embeddings.get_many" not in calls, calls



ONE = """query($id: ID!){ node(id: $id){ ... on Application { matchScore resume { filename } } } }"""


async def test_a_score_from_another_resume_than_the_one_sent_is_not_shown(served):
    # The sent résumé is not parsed here, so it cannot be scored on read: null, not the other's.
    client, app = served
    employer, _ = await client.employer()
    job = await client.post_job(employer)
    job_id = raw_id(job["id"])
    repositories = app.state.services.repositories
    _, user = await client.candidate()
    candidate_id = raw_id(user["id"])
    sent, other = (Resume(id=f"r-{name}-{candidate_id}", owner_id=candidate_id, filename=f"{name}.pdf",
                          content_type="application/pdf", size_bytes=1, sha256=f"{n:064d}", uploaded_at=NOW)
                   for n, name in enumerate(("sent", "other")))
    for resume in (sent, other):
        await repositories.resumes.add(resume, max_per_owner=5)
    application_id = f"a-{candidate_id}"
    await repositories.applications.add(
        Application(id=application_id, job_id=job_id, candidate_id=candidate_id, resume_id=sent.id,
                    status=ApplicationStatus.SUBMITTED, created_at=NOW, updated_at=NOW),
        ApplicationEvent(status=ApplicationStatus.SUBMITTED, at=NOW, by_user_id=candidate_id))
    node_id = to_global_id("Application", application_id)

    async def shown() -> float | None:
        body = (await client.http.post(client.path, json={"query": ONE, "variables": {"id": node_id}},
                                       headers={"Authorization": f"Bearer {employer}"})).json()
        assert not body.get("errors"), body
        assert body["data"]["node"]["resume"]["filename"] == "sent.pdf"
        return body["data"]["node"]["matchScore"]

    for resume_id, expected in ((other.id, None), (sent.id, 0.8)):
        await repositories.matches.upsert([Match(
            id=f"m-{candidate_id}", candidate_id=candidate_id, job_id=job_id, resume_id=resume_id, score=0.8,
            breakdown=ScoreBreakdown(semantic=0.5), created_at=NOW, updated_at=NOW)])
        assert await shown() == (None if expected is None else pytest.approx(expected))
