"""Where a candidate's past jobs were (ExperienceEntry.location) is contact data, like the
résumé's own place: the towns a person worked in, the latest above all, say where they live. A
recruiter sees them once the candidate has applied to their organization, and before that
reads the jobs without their towns; employers and titles are the résumé's substance, which a
recruiter reads before any application (what the match is made of), and stay shown."""
from __future__ import annotations

from tests.applications_helpers import APPLY, parsed_resume, wait_until

TEXT = """Amara Okafor
amara.okafor@example.com | +44 7700 900123

WORK EXPERIENCE
Staff Nurse, Royal Infirmary, Leeds — 2019 – 2022
- Patient care and triage on a busy ward

Line Cook | The Ivy | London | 2014 – 2016
- Grill and sauce stations

SKILLS
Patient care, Triage
"""
JOB_MATCHES = """query($id: ID!){ job(id: $id){ matches(first: 10) { edges { node {
  resume { parsed { location experience { title company location } } } } } } } }"""
SHOWN = [("Staff Nurse", "Royal Infirmary", "Leeds"), ("Line Cook", "The Ivy", "London")]
HIDDEN = [("Staff Nurse", "Royal Infirmary", None), ("Line Cook", "The Ivy", None)]


async def test_past_workplaces_towns_are_shown_only_to_whom_the_candidate_applied(client):
    candidate, _ = await client.candidate()
    applied_to, _ = await client.employer()
    not_applied_to, _ = await client.employer()
    jobs = {token: await client.post_job(token, title="Staff Nurse", location="Leeds, UK", remote="ONSITE",
                                         description="Ward nursing: patient care and triage.",
                                         requiredSkills=["Patient care", "Triage"])
            for token in (applied_to, not_applied_to)}
    resume_id = await parsed_resume(client, candidate, TEXT)

    async def experience(token: str) -> list[tuple] | None:
        edges = (await client.data(JOB_MATCHES, {"id": jobs[token]["id"]}, token))["job"]["matches"]["edges"]
        if not edges:
            return None
        return [(e["title"], e["company"], e["location"]) for e in edges[0]["node"]["resume"]["parsed"]["experience"]]

    async def matched() -> bool:
        return all([await experience(applied_to) is not None, await experience(not_applied_to) is not None])

    await wait_until(matched, attempts=600)
    assert await experience(applied_to) == HIDDEN and await experience(not_applied_to) == HIDDEN

    await client.data(APPLY, {"i": {"jobId": jobs[applied_to]["id"], "resumeId": resume_id}}, candidate)
    assert await experience(applied_to) == SHOWN
    assert await experience(not_applied_to) == HIDDEN
    own = """query($id: ID!){ node(id: $id){ ... on Resume { parsed { experience { location } } } } }"""
    assert [e["location"] for e in (await client.data(own, {"id": resume_id}, candidate))["node"]["parsed"]["experience"]] \
        == ["Leeds", "London"]
