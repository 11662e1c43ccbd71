"""A credential more specific than the one a job asks for meets the ask: a candidate with
"CDL Class A" holds a CDL, and the match says so (MET, not merely related)."""
from __future__ import annotations

from tests.applications_helpers import parsed_resume, wait_until

MY_MATCHES = """{ me { matches(first: 10) { edges { node { matchedSkills missingSkills
  reasons { kind status skill held source } job { title } } } } } }"""

RESUME = """Dwayne Carter
dwayne.carter@example.com

Skills
CDL Class A, Hazmat endorsement, Pre-trip inspections

Experience
Truck Driver, Swift Freight, 2016 - 2024
Long-haul routes across the Midwest.
"""


async def test_a_specific_licence_meets_a_job_asking_for_the_general_one(client):
    employer, _ = await client.employer()
    await client.post_job(employer, title="Truck Driver", description="Regional routes; home weekly.",
                          requiredSkills=["CDL"])
    candidate, _ = await client.candidate()
    await parsed_resume(client, candidate, RESUME)

    async def edges() -> dict[str, dict]:
        found = (await client.data(MY_MATCHES, token=candidate))["me"]["matches"]["edges"]
        return {e["node"]["job"]["title"]: e["node"] for e in found}

    await wait_until(lambda: _has(edges, "Truck Driver"), attempts=600)
    truck = (await edges())["Truck Driver"]
    (cdl,) = [r for r in truck["reasons"] if r["kind"] == "SKILL"]
    assert cdl["status"] == "MET" and "Class A" in cdl["held"], cdl
    assert truck["missingSkills"] == [] and len(truck["matchedSkills"]) == 1


async def _has(edges, title: str) -> bool:
    return title in await edges()
