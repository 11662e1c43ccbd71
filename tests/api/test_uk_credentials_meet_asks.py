"""UK credentials as employers and candidates write them: an "LGV Class 1" is the same licence
as an "HGV Class 1" (LGV is the legal name, HGV the everyday one), and "Food Hygiene Level 2"
is the food hygiene certificate a kitchen asks for. A holder is matched as MET, not missing."""
from __future__ import annotations

import pytest

from tests.applications_helpers import parsed_resume, wait_until

MY_MATCHES = """{ me { matches(first: 10) { edges { node { matchedSkills missingSkills
  reasons { kind status skill held } job { title } } } } } }"""

DRIVER = """Tomasz Nowak
tomasz.nowak@example.com | Birmingham, UK

Licences
HGV Class 1, Driver CPC, Digital tachograph card

Experience
Night Trunker, Meadow Haulage, 2016 - 2024
Depot-to-depot night trunking.
"""

CHEF = """Lucia Fernandez
lucia.fernandez@example.com | Bristol, UK

Certificates
Food Hygiene Level 2, Allergen Awareness

Experience
Chef de Partie, Harbour Kitchen, 2018 - 2024
Ran the sauce section.
"""


@pytest.mark.parametrize("title, asked, resume, held", [
    ("Lorry Driver", "LGV Class 1", DRIVER, "HGV Class 1"),
    ("Chef de Partie", "Food Hygiene Certificate", CHEF, "Food Hygiene Level 2"),
], ids=["lgv-is-hgv", "food-hygiene-level-2"])
async def test_a_holder_of_the_credential_asked_for_meets_it(client, title, asked, resume, held):
    employer, _ = await client.employer()
    await client.post_job(employer, title=title, description="Shifts on a rota.", requiredSkills=[asked])
    candidate, _ = await client.candidate()
    await parsed_resume(client, candidate, resume)

    async def matched() -> dict | None:
        edges = (await client.data(MY_MATCHES, token=candidate))["me"]["matches"]["edges"]
        return next((e["node"] for e in edges if e["node"]["job"]["title"] == title), None)

    async def found() -> bool:
        return await matched() is not None

    await wait_until(found, attempts=600)
    match = await matched()
    assert match is not None
    (reason,) = [r for r in match["reasons"] if r["kind"] == "SKILL"]
    assert (reason["skill"], reason["status"], reason["held"]) == (asked, "MET", held), reason
    assert match["missingSkills"] == [] and match["matchedSkills"] == [asked]
