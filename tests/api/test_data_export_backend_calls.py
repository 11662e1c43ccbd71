"""The export reads in bounded pages with batched lookups, on the real app and store: a
candidate with 500 matches (kept past the usual 100 for the test) costs 5 match pages and 5 job
batches, and the same fixed reads for the rest as a candidate with 5."""
from __future__ import annotations

from datetime import UTC, datetime

from domain.jobs import Job
from domain.matches import Match, MatchRetention, ScoreBreakdown
from gateway.backend_calls import start_counting
from tests.applications_helpers import parsed_resume
from tests.graphql_client import raw_id


async def _export_calls(app, client, matches: int) -> tuple[dict, int]:
    services = app.state.services
    token, user = await client.candidate()
    employer, employer_user = await client.employer()
    organization = (await services.repositories.users.get_many([raw_id(employer_user["id"])]))[0].organization_id
    resume = raw_id(await parsed_resume(client, token))
    now = datetime.now(UTC)
    jobs = [Job(id=f"job-{matches}-{n:04}", organization_id=organization, title=f"Welder {n}",
                description="Welding.", posted_at=now, updated_at=now) for n in range(matches)]
    for job in jobs:
        await services.repositories.jobs.add(job)
    candidate_id = raw_id(user["id"])
    # Weak scores: below every notify floor, so no notification races the count.
    await services.repositories.matches.upsert(
        [Match(id=f"m-{job.id}", candidate_id=candidate_id, job_id=job.id, resume_id=resume, score=0.2,
               breakdown=ScoreBreakdown(), created_at=now, updated_at=now) for job in jobs],
        MatchRetention(keep=matches + 100),
    )
    person = (await services.repositories.users.get_many([candidate_id]))[0]
    counts = start_counting()
    document = await services.data_export.export(person)
    return dict(counts), len(document.matches)


async def test_500_matches_cost_5_match_pages_and_5_job_batches(app, client):
    few, exported = await _export_calls(app, client, 5)
    assert exported >= 5
    many, exported = await _export_calls(app, client, 500)
    assert exported >= 500
    print("backend calls, 5 matches:", few, "500 matches:", many)
    assert many["matches.by_candidates"] == 5 and many["jobs.get_many"] == 5
    assert few["matches.by_candidates"] == 1 and few["jobs.get_many"] == 1
    rest = {k: v for k, v in many.items() if k not in ("matches.by_candidates", "jobs.get_many")}
    assert rest == {k: v for k, v in few.items() if k not in ("matches.by_candidates", "jobs.get_many")}
    # A fixed number whatever the count: 10 for matches and their jobs, the rest one read each
    # (the account, its held addresses, its linked identity, sessions, devices, ...).
    assert sum(many.values()) <= 21
