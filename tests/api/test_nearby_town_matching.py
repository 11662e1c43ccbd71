"""Over GraphQL: a candidate who wants Salford is in commuting distance of a job in
Manchester (4 km): the location part counts it, and the explanation says how far."""
from __future__ import annotations

from tests.applications_helpers import parsed_resume, wait_until
from tests.fixtures.documents import RESUME_TEXT

MATCHES = "{ me { matches { edges { node { explanation breakdown { location } job { title } } } } } }"


async def test_a_salford_candidate_fits_a_manchester_job_by_distance(client):
    candidate, _ = await client.candidate()
    employer, _ = await client.employer()
    await client.data('mutation{ updatePreferences(input: {locations: ["Salford, Greater Manchester"]}){ id } }',
                      token=candidate)
    await client.post_job(employer, title="Backend Engineer", location="Manchester", remote="ONSITE",
                          description="Python services on PostgreSQL and Kubernetes.")
    await parsed_resume(client, candidate, RESUME_TEXT)

    async def edges() -> list:
        return (await client.data(MATCHES, token=candidate))["me"]["matches"]["edges"]

    async def matched() -> bool:
        return len(await edges()) == 1

    await wait_until(matched, attempts=600)
    match = (await edges())[0]["node"]
    assert match["breakdown"]["location"] > 0
    assert "about 4 km from the job" in match["explanation"]
