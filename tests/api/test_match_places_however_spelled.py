"""Matching's location part over GraphQL: a candidate who wants "Zurich" and "Oesterreich" is
in the place of a job in "Zürich" and one in "Graz, Österreich" (accents left off, umlauts
written out, a country by another of its names); a job in Basel, about 77 km from Zurich, is
near the edge of reach (domain/town_distances.py) and fits little."""
from __future__ import annotations

from tests.applications_helpers import parsed_resume, wait_until
from tests.fixtures.documents import RESUME_TEXT

MATCHES = "{ me { matches(first: 10) { edges { node { breakdown { location } job { title } } } } } }"
PLACES = {"Engineer Zürich": "Zürich", "Engineer Graz": "Graz, Österreich", "Engineer Basel": "Basel, Schweiz"}


async def test_the_places_a_candidate_wants_are_read_however_spelled(client):
    candidate, _ = await client.candidate()
    await client.data('mutation{ updatePreferences(input: {locations: ["Zurich", "Oesterreich"]}){ id } }',
                      token=candidate)
    employer, _ = await client.employer()
    for title, location in PLACES.items():
        await client.post_job(employer, title=title, location=location, remote="ONSITE",
                              description="Python services on PostgreSQL and Kubernetes.")
    await parsed_resume(client, candidate, RESUME_TEXT)

    async def locations() -> dict[str, float]:
        edges = (await client.data(MATCHES, token=candidate))["me"]["matches"]["edges"]
        return {e["node"]["job"]["title"]: e["node"]["breakdown"]["location"] for e in edges}

    async def all_matched() -> bool:
        return set(await locations()) == set(PLACES)

    await wait_until(all_matched, attempts=600)
    found = await locations()
    assert (found["Engineer Zürich"], found["Engineer Graz"]) == (1.0, 1.0)
    assert 0.0 <= found["Engineer Basel"] < 0.1
