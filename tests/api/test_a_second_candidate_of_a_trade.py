"""A candidate whose trade already has a close candidate on the platform still gets her trade's
job as her best match: the job's first close résumé must not push every later one of the same
trade below the jobs of other trades. Over GraphQL, with the real parser, embedder and queue."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.applications_helpers import parsed_resume
from tests.resume_choice_helpers import matches_of, settled

pytestmark = [pytest.mark.e2e]

RESUMES = Path(__file__).parents[1] / "fixtures" / "world_resumes"

JOBS = [
    ("Staff Nurse", "Staff nurse on an acute medical ward. Medication administration, wound care, IV cannulation, "
                    "patient assessment."),
    ("HGV Class 1 Driver", "Multi-drop deliveries. You must hold a Class C licence and read a tachograph. Forklift "
                           "experience a plus."),
    ("Head Chef", "Run our kitchen: menu planning, food costing, HACCP, team leadership."),
    ("Accountant", "Prepare management accounts, reconciliations and VAT returns with Sage and Excel."),
    ("Electrician", "Install and test domestic and commercial wiring to BS 7671; 18th Edition required."),
    ("Warehouse Operative", "Picking and packing, forklift operation, stock control."),
]


async def test_a_second_nurse_gets_the_nurse_job_above_a_driver_job(client):
    employer, _ = await client.employer()
    posted = {}
    for title, description in JOBS:
        posted[title] = (await client.post_job(employer, title=title, description=description, location="Belfast"))["id"]
    nurse_job, driver_job = posted["Staff Nurse"], posted["HGV Class 1 Driver"]

    first, _ = await client.candidate()
    await parsed_resume(client, first, (RESUMES / "uk_nurse_sentence_case.txt").read_text())
    await settled(client, first, lambda m: nurse_job in m)

    second, _ = await client.candidate()
    await parsed_resume(client, second, (RESUMES / "linkedin_export_nurse.txt").read_text())
    await settled(client, second, lambda m: bool(m))  # her résumé's matching has run
    found = await matches_of(client, second)
    assert nurse_job in found, found
    assert found[nurse_job][1] > found.get(driver_job, ("", 0.0))[1], found
