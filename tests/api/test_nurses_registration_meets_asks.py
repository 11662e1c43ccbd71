"""A nurse's registration as UK résumés write it meets a nursing post's ask however the ad
words it: "NMC Registered Nurse" (the regulator's register, whose taxonomy name is the bare
NMC registration) and "RGN" are registered nurses; a dental nurse's registration is not."""
from __future__ import annotations

import pytest

from tests.applications_helpers import parsed_resume, wait_until

MY_MATCHES = """{ me { matches(first: 10) { edges { node { score matchedSkills missingSkills
  reasons { kind status skill held } job { title } } } } } }"""

AD = ("Ward 14 needs a registered nurse (NMC registered) for days and nights. Basic Life Support (BLS)"
      " required. Experience of tracheostomy care would be an advantage.")

NMC_NURSE = """Amara Bello
amara.bello@example.com | Sheffield, UK

Experience
Staff Nurse, Respiratory Ward, Northern General Hospital, 2016 - Present
Tracheostomy care, NIV monitoring, discharge planning.

Registrations and training
NMC Registered Nurse
Basic Life Support (BLS)
"""

RGN = """Declan Murphy
declan.murphy@example.com | Leeds, UK

Experience
Staff Nurse, Elderly Care, Leeds General Infirmary, 2015 - Present
Medication rounds, falls prevention, end-of-life care.

Qualifications
RGN (Registered General Nurse)
Basic Life Support (BLS)
"""

DENTAL_NURSE = """Priya Shah
priya.shah@example.com | Leicester, UK

Experience
Dental Nurse, Smile Dental Practice, 2017 - Present
Chairside assistance, sterilisation, patient records.

Qualifications
Registered Dental Nurse
Basic Life Support (BLS)
"""


async def _match(client, resume: str) -> dict:
    employer, _ = await client.employer()
    await client.post_job(employer, title="Staff Nurse", description=AD)
    candidate, _ = await client.candidate()
    await parsed_resume(client, candidate, resume)

    async def matched() -> dict | None:
        edges = (await client.data(MY_MATCHES, token=candidate))["me"]["matches"]["edges"]
        return next((e["node"] for e in edges if e["node"]["job"]["title"] == "Staff Nurse"), None)

    async def found() -> bool:
        return await matched() is not None

    await wait_until(found, attempts=600)
    match = await matched()
    assert match is not None
    return match


@pytest.mark.parametrize("resume", [NMC_NURSE, RGN], ids=["nmc-registered-nurse", "rgn"])
async def test_a_registered_nurse_meets_the_registration_asked_for(client, resume):
    match = await _match(client, resume)
    assert match["missingSkills"] == [], match
    asks = {"registered nurse", "NMC registered"}
    registrations = {r["skill"]: r["status"] for r in match["reasons"] if r["kind"] == "SKILL" and r["skill"] in asks}
    assert registrations == {"registered nurse": "MET", "NMC registered": "MET"}, match


async def test_a_dental_nurses_registration_is_no_nurses(client):
    match = await _match(client, DENTAL_NURSE)
    assert "registered nurse" in [s.lower() for s in match["missingSkills"]], match
