"""A parsed résumé's jobs carry where each job was (ExperienceEntry.location) over GraphQL, on
both backends, with the real parser: the town after the employer, none where the résumé names
none, and the town's word kept in an employer named with it."""
from __future__ import annotations

from tests.applications_helpers import parsed_resume
from tests.resume_choice_helpers import backend  # noqa: F401 (a fixture: embedded and AWS)
from tests.served_backends import aws_client, aws_settings  # noqa: F401 (what `backend` needs)

JOBS = """query($id: ID!){ node(id: $id){ ... on Resume {
  parsed { experience { title company location startDate } } } } }"""

TEXT = """Amara Okafor
amara.okafor@example.com | +44 7700 900123

WORK EXPERIENCE
Staff Nurse, Royal Infirmary, Leeds — 2019 – 2022
- Cared for up to eight patients a shift

Housing Officer, Reading Borough Council | 2016 – 2019
- Managed a caseload of 120 tenancies

Line Cook | The Ivy | London | 2014 – 2016
- Grill and sauce stations

EDUCATION
University of Leeds
BSc Nursing, 2019

SKILLS
Patient care, Triage, Food hygiene
"""


async def test_each_job_reads_its_town_and_employers_keep_their_names(backend):  # noqa: F811
    token, _ = await backend.candidate()
    resume_id = await parsed_resume(backend, token, TEXT)
    jobs = (await backend.data(JOBS, {"id": resume_id}, token))["node"]["parsed"]["experience"]
    assert [(j["title"], j["company"], j["location"]) for j in jobs] == [
        ("Staff Nurse", "Royal Infirmary", "Leeds"),
        ("Housing Officer", "Reading Borough Council", None),
        ("Line Cook", "The Ivy", "London"),
    ]
