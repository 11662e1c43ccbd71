"""A match over HTTP carries its reasons (the structured form of its explanation), the
scoring version and weights it was scored with, and shows skills as the employer wrote them."""
from __future__ import annotations

from tests.applications_helpers import parsed_resume, wait_until
from tests.fixtures.documents import RESUME_TEXT

SKILL_LINE = "Python, PostgreSQL, Kubernetes, Docker, Java, AWS"

MY_MATCHES = """{ me { matches(first: 10) { edges { node { score explanation matchedSkills missingSkills
  breakdown { semantic skills experience location salary preferences }
  reasons { kind status weight value skill required held source }
  scoringVersion scoringWeights { semantic skills experience location salary preferences }
  job { title } } } } } }"""


async def test_reasons_agree_with_the_lists_and_skills_keep_the_employers_wording(client):
    candidate, _ = await client.candidate()
    employer, _ = await client.employer()
    # The employer writes "NetSuite", the resume "Oracle NetSuite": one skill, two names.
    await client.post_job(employer, title="Senior Backend Engineer", seniority="SENIOR",
                          description="Python services on PostgreSQL and Kubernetes; Docker; AWS.",
                          requiredSkills=["Python", "NetSuite", "Kubernetes", "Terraform"])
    await parsed_resume(client, candidate, RESUME_TEXT.replace(SKILL_LINE, SKILL_LINE + ", Oracle NetSuite"))

    async def matched() -> bool:
        return bool((await client.data(MY_MATCHES, token=candidate))["me"]["matches"]["edges"])

    await wait_until(matched, attempts=600)
    best = (await client.data(MY_MATCHES, token=candidate))["me"]["matches"]["edges"][0]["node"]
    assert best["matchedSkills"] == ["Python", "NetSuite", "Kubernetes"]
    assert best["missingSkills"] == ["Terraform"]

    skills = {r["skill"]: r for r in best["reasons"] if r["kind"] == "SKILL"}
    assert [s for s, r in skills.items() if r["status"] == "MET"] == best["matchedSkills"]
    assert skills["NetSuite"]["source"] == "EQUIVALENT" and skills["NetSuite"]["held"] == "Oracle NetSuite"
    assert skills["Python"]["source"] == "EXACT" and skills["Terraform"]["status"] == "MISSING"
    assert "your Oracle NetSuite counts as NetSuite" in best["explanation"]
    known = [r for r in best["reasons"] if r["status"] != "UNKNOWN"]
    assert abs(sum(r["weight"] for r in known) - 1) < 1e-3
    # Nothing known of pay or preferences: said so, and weighing nothing.
    salary = next(r for r in best["reasons"] if r["kind"] == "SALARY")
    assert salary["status"] == "UNKNOWN" and salary["weight"] == 0 and salary["value"] is None
    assert "salary" in best["explanation"].split("not counted:")[1]
    assert best["score"] < 1

    assert best["scoringVersion"] >= 2
    assert best["scoringWeights"]["semantic"] > 0 and best["scoringWeights"]["preferences"] >= 0


STATED = """{ me { matches(first: 10) { edges { node { explanation
  reasons { kind status skill source statedInResume } } } } } }"""


async def test_a_requirement_held_by_the_resume_s_words_is_said_to_be_stated_there(client):
    candidate, _ = await client.candidate()
    employer, _ = await client.employer()
    # "Rate limiting" is no skill the taxonomy names: the résumé's duties state it.
    await client.post_job(employer, title="Senior Backend Engineer", seniority="SENIOR",
                          description="Python services on PostgreSQL.", requiredSkills=["Python", "Rate limiting"])
    await parsed_resume(client, candidate, RESUME_TEXT.replace(
        "Built Python services on PostgreSQL and Kubernetes.",
        "Built Python services on PostgreSQL and Kubernetes; owned rate-limiting at the gateway."))

    async def matched() -> bool:
        return bool((await client.data(STATED, token=candidate))["me"]["matches"]["edges"])

    await wait_until(matched, attempts=600)
    best = (await client.data(STATED, token=candidate))["me"]["matches"]["edges"][0]["node"]
    skills = {r["skill"]: r for r in best["reasons"] if r["kind"] == "SKILL"}
    assert skills["Rate limiting"]["status"] == "MET" and skills["Rate limiting"]["statedInResume"] == "rate limiting"
    assert skills["Python"]["statedInResume"] is None
    assert "Rate limiting stated in your résumé: 'rate limiting'" in best["explanation"]
