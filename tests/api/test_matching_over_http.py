"""Matching end to end: a parsed resume and an open job meet, both ways, with reasons."""
from __future__ import annotations

from tests.applications_helpers import parsed_resume, wait_until
from tests.fixtures.documents import RESUME_TEXT

MY_MATCHES = """{ me { matches(first: 10) { totalCount edges { node { score explanation matchedSkills missingSkills
  breakdown { semantic skills experience location salary } job { title } resume { id } } } } } }"""
JOB_MATCHES = """query($id: ID!){ job(id: $id){ matches(first: 10) { totalCount edges { node { score
  candidate { id name email } explanation } } } } }"""


async def test_a_candidate_and_a_fitting_job_are_matched_both_ways_with_an_explanation(client):
    candidate, candidate_user = await client.candidate()
    employer, _ = await client.employer()
    fitting = await client.post_job(employer, title="Senior Backend Engineer", seniority="SENIOR",
                                    description="Python services on PostgreSQL and Kubernetes; Docker; AWS.",
                                    requiredSkills=["Python", "PostgreSQL", "Kubernetes", "Terraform"])
    await client.post_job(employer, title="Pastry Chef", description="Bake croissants and bread at dawn.",
                          requiredSkills=["Baking"])
    await parsed_resume(client, candidate, RESUME_TEXT)

    async def matched() -> bool:
        data = await client.data(MY_MATCHES, token=candidate)
        return data["me"]["matches"]["totalCount"] >= 1

    await wait_until(matched, attempts=600)
    edges = (await client.data(MY_MATCHES, token=candidate))["me"]["matches"]["edges"]
    best = edges[0]["node"]
    assert best["job"]["title"] == "Senior Backend Engineer"
    assert set(best["matchedSkills"]) >= {"Python", "PostgreSQL", "Kubernetes"}
    assert best["missingSkills"] == ["Terraform"]
    # the candidate reads their own match spoken to
    assert "You have 3 of 4 required skills" in best["explanation"] and "Terraform" in best["explanation"]
    assert 0 < best["score"] <= 1
    scores = [e["node"]["score"] for e in edges]
    assert scores == sorted(scores, reverse=True)

    by_job = (await client.data(JOB_MATCHES, {"id": fitting["id"]}, employer))["job"]["matches"]
    assert by_job["edges"][0]["node"]["candidate"]["id"] == candidate_user["id"]
    # The employer has not been applied to: contact data stays hidden.
    assert by_job["edges"][0]["node"]["candidate"]["email"] == ""


async def test_a_candidate_never_sees_another_candidates_matches_nor_an_employer_other_jobs_matches(client):
    employer, _ = await client.employer()
    outsider, _ = await client.employer()
    job = await client.post_job(employer, description="Python and PostgreSQL.")
    candidate, candidate_user = await client.candidate()
    other, _ = await client.candidate()
    body = await client.execute(
        "query($id: ID!){ node(id: $id){ ... on User { matches { totalCount } } } }", {"id": candidate_user["id"]}, other)
    assert body["data"]["node"] is None and "errors" not in body  # another candidate's account reads as absent
    body = await client.execute(JOB_MATCHES, {"id": job["id"]}, outsider)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    body = await client.execute(JOB_MATCHES, {"id": job["id"]}, candidate)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_closing_a_job_drops_it_from_the_candidates_matches(client):
    candidate, _ = await client.candidate()
    employer, _ = await client.employer()
    job = await client.post_job(employer, description="Python services on PostgreSQL and Kubernetes.")
    await parsed_resume(client, candidate, RESUME_TEXT)

    async def count() -> int:
        return (await client.data(MY_MATCHES, token=candidate))["me"]["matches"]["totalCount"]

    async def some() -> bool:
        return await count() == 1

    await wait_until(some, attempts=600)
    await client.data("mutation($id: ID!){ closeJob(id: $id){ id } }", {"id": job["id"]}, employer)
    assert await count() == 0


async def test_new_preferences_rescore_the_candidates_matches_and_a_deleted_resume_drops_them(client):
    candidate, _ = await client.candidate()
    employer, _ = await client.employer()
    await client.post_job(employer, description="Python services on PostgreSQL and Kubernetes.", remote="ONSITE")
    resume = await parsed_resume(client, candidate, RESUME_TEXT)
    query = "{ me { matches { totalCount edges { node { score breakdown { location } } } } } }"

    async def matches() -> list:
        return (await client.data(query, token=candidate))["me"]["matches"]["edges"]

    async def one_match() -> bool:
        return len(await matches()) == 1

    await wait_until(one_match, attempts=600)
    before = (await matches())[0]["node"]
    assert before["breakdown"]["location"] == 0.5  # no preference yet: neutral
    await client.data("mutation{ updatePreferences(input: {remote: [REMOTE]}){ id } }", token=candidate)

    async def rescored() -> bool:
        edges = await matches()
        return bool(edges) and edges[0]["node"]["breakdown"]["location"] < 0.5

    await wait_until(rescored, attempts=600)
    assert (await matches())[0]["node"]["score"] < before["score"]

    await client.data("mutation($id: ID!){ deleteResume(id: $id) }", {"id": resume}, candidate)
    assert await matches() == []
