"""The explanations QA quoted as contradictory or nonsense, scored again with the shipped
taxonomy: the count, the missing list and the related pairs agree, and no relation is named
that a recruiter would reject."""
from __future__ import annotations

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.jobs import Job
from domain.matching import CandidateProfile, JobProfile, MatchScorer, explain
from domain.matching.reasons import ReasonKind, reasons
from domain.matching.skill_facts import FitStatus
from domain.resumes import ParsedResume, SkillEntry
from tests.integration.contract.repository_backends import at

SKILLS = EmbeddedSkillExtractor()


def scored(required: list[str], held: list[str]):
    job = Job(id="j", organization_id="o", title="Backend Engineer", description="Services.",
              required_skills=required, posted_at=at(0), updated_at=at(0), posted_by="e")
    parsed = ParsedResume(skills=[SkillEntry(name=s) for s in held])
    candidate = CandidateProfile.from_resume("r", "u", parsed, skills=SKILLS)
    return MatchScorer(SKILLS).score(candidate, JobProfile.from_job(job, SKILLS), similarity=0.5)


def test_the_quoted_java_job_says_nothing_unrelated_and_counts_agree():
    result = scored(["Java", "Spring Boot", "Kafka", "PostgreSQL"], ["Python", "Docker", "XGBoost", "Gradle", "Swift"])
    text = explain(result, shows_contact=True)
    for nonsense in ("Docker is related to Spring Boot", "XGBoost is related to Kafka",
                     "Gradle is related to", "Swift is related to"):
        assert nonsense not in text
    assert text.startswith("Has 0 of 4 required skills")
    assert result.missing_skills == ["Java", "Spring Boot", "Kafka", "PostgreSQL"]
    assert "missing Java, Spring Boot, Kafka and 1 more" in text


def test_a_real_relation_is_named_with_its_source_and_counted_as_partly_met():
    result = scored(["MySQL", "Python"], ["PostgreSQL", "Python"])
    text = explain(result, shows_contact=True)
    assert text.startswith("Has 1 of 2 required skills, 1 more in part;")
    assert "PostgreSQL is related to MySQL (close in meaning by text embeddings)" in text
    (mysql,) = [r for r in reasons(result) if r.kind is ReasonKind.SKILL and r.skill == "MySQL"]
    assert mysql.status is FitStatus.PARTLY_MET and mysql.held == "PostgreSQL" and 0 < mysql.value < 1
