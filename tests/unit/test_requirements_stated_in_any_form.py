"""A requirement the résumé states is met, however the two inflect it and whether or not the
taxonomy knows it: a duty written in the past ("Planned seasonal menus") states the ad's
"plan seasonal menus"; the one who does the work states the work ("Piano tuner": piano
tuning); a skill the taxonomy knows, in the titles, duties or degree of a résumé whose skills
section lists other things, is stated there. Never a credential, never a denied or wished-for
one, and every scorer alike. Invented résumés, the shipped taxonomy."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.matching.batch_jobs import score_jobs
from domain.matching.batch_scoring import score_candidates
from domain.matching.profiles import canonical_skills
from domain.matching.skill_credits import SkillCredits
from domain.matching.skill_facts import FitStatus
from domain.matching.weights import PARTS
from domain.resumes import EducationEntry, ExperienceEntry, ParsedResume, SkillEntry


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


def a_resume(skills, title: str, duties: str, listed: list[str], subject: str | None = None, n: int = 1) -> CandidateProfile:
    parsed = ParsedResume(
        skills=[SkillEntry(name=s) for s in listed],
        experience=[ExperienceEntry(title=title, company="Brookfield Ltd", description=duties)],
        education=[EducationEntry(degree=f"BSc {subject}", field=subject)] if subject else [],
        sections={"experience": f"{title}, Brookfield Ltd\n{duties}", "skills": ", ".join(listed)})
    return CandidateProfile.from_resume(f"r{n}", f"u{n}", parsed, skills=skills)


def a_job(skills, title: str, required: list[str]) -> JobProfile:
    return JobProfile(job_id="j", title=title, required_skills=canonical_skills(required, skills, (title,)))


def facts(skills, candidate: CandidateProfile, job: JobProfile) -> dict[str, tuple[FitStatus, str | None]]:
    score = MatchScorer(skills).score(candidate, job, 0.5)
    return {f.skill.casefold(): (f.status, f.stated) for f in score.skills.facts}


def test_the_requirements_these_tests_rely_on_are_known_or_not_as_assumed(skills):
    assert skills.canonical("plan seasonal menus") is None and skills.canonical("piano tuning") is None
    assert skills.canonical("glasswashing") is None
    assert skills.canonical("Payroll") and skills.canonical("Chemistry") and skills.canonical("Bookkeeping")


def test_a_duty_written_in_another_inflection_states_the_requirement(skills):
    job = a_job(skills, "Sous Chef", ["plan seasonal menus"])
    held = a_resume(skills, "Sous Chef", "Planned seasonal menus for two sites.", ["Knife skills"])
    assert facts(skills, held, job)["plan seasonal menus"] == (FitStatus.MET, "planned seasonal menus")
    denied = a_resume(skills, "Sous Chef", "Never planned seasonal menus.", ["Knife skills"], n=2)
    assert facts(skills, denied, job)["plan seasonal menus"][0] is FitStatus.MISSING


def test_the_one_who_does_the_work_states_the_work(skills):
    job = a_job(skills, "Piano Technician", ["piano tuning"])
    held = a_resume(skills, "Piano tuner", "Concert piano tuner for 12 years.", ["Customer service"])
    assert facts(skills, held, job)["piano tuning"] == (FitStatus.MET, "piano tuner")


def test_an_activity_named_in_one_word_is_stated_but_not_any_single_word(skills):
    job = a_job(skills, "Bar Back", ["glasswashing", "Reliable"])
    held = a_resume(skills, "Bar back", "Glasswashing, restocking fridges. Reliable and punctual.", ["Cash handling"])
    found = facts(skills, held, job)
    assert found["glasswashing"] == (FitStatus.MET, "glasswashing")
    assert found["reliable"][0] is FitStatus.MISSING


def test_a_known_skill_in_the_duties_counts_though_the_skills_section_lists_others(skills):
    job = a_job(skills, "Bookkeeper", ["Payroll"])
    held = a_resume(skills, "Bookkeeper", "Ran payroll for 12 small clients.", ["Xero", "Microsoft Excel"])
    assert facts(skills, held, job)["payroll"] == (FitStatus.MET, "payroll")
    denied = a_resume(skills, "Bookkeeper", "No experience of payroll yet.", ["Xero"], n=2)
    assert facts(skills, denied, job)["payroll"][0] is FitStatus.MISSING


def test_the_subject_of_a_title_or_a_degree_states_it(skills):
    job = a_job(skills, "Teacher of Chemistry", ["Chemistry"])
    by_title = a_resume(skills, "Head of Chemistry", "Led a department of five.", ["Lesson planning"])
    by_degree = a_resume(skills, "Science Teacher", "Taught KS3 science.", ["Lesson planning"], subject="Chemistry", n=2)
    neither = a_resume(skills, "Science Teacher", "Taught KS3 science.", ["Lesson planning"], subject="Physics", n=3)
    assert facts(skills, by_title, job)["chemistry"][0] is FitStatus.MET
    assert facts(skills, by_degree, job)["chemistry"][0] is FitStatus.MET
    assert facts(skills, neither, job)["chemistry"][0] is not FitStatus.MET


def test_a_credential_is_never_stated_by_a_sentence(skills):
    job = a_job(skills, "Accountant", ["ACCA"])
    hoping = a_resume(skills, "Accounts Assistant", "Studying for ACCA; ACCA exams F1-F4 passed.", ["Xero"])
    assert facts(skills, hoping, job)["acca"][0] is FitStatus.MISSING


def test_every_scorer_credits_a_stated_requirement_alike(skills):
    scorer = MatchScorer(skills)
    job = a_job(skills, "Bookkeeper", ["Payroll", "plan seasonal menus", "Bookkeeping"])
    people = [a_resume(skills, "Bookkeeper", "Ran payroll for 12 clients.", ["Xero"], n=1),
              a_resume(skills, "Chef", "Planned seasonal menus.", ["Knife skills"], n=2),
              a_resume(skills, "Clerk", "Filing and post.", ["Bookkeeping"], n=3)]
    one_by_one = [scorer.score(c, job, 0.4) for c in people]
    batch = score_candidates(scorer, people, job, [0.4] * len(people))
    shared = score_candidates(scorer, people, job, [0.4] * len(people), SkillCredits(scorer, people))
    for row, (candidate, reference) in enumerate(zip(people, one_by_one)):
        assert batch.scores[row] == shared.scores[row] == reference.score
        assert dict(zip(PARTS, batch.breakdown[row].tolist())) == reference.breakdown.model_dump()
        assert score_jobs(scorer, candidate, [job], [0.4]).scores[0] == reference.score
    assert all(r.breakdown.skills > 0 for r in one_by_one)


@pytest.mark.parametrize("line", ["Drove the statutory audit team to client sites.",
                                  "Delivered meals to the dementia care unit.", "Cleaned the wound care clinic daily."])
def test_a_skill_naming_a_place_or_a_team_is_not_stated_as_held(line):
    from adapters.embedded.skills.taxonomy import load_taxonomy
    from domain.matching.stated_skills import stated_skills
    from domain.skills import TaxonomySkillExtractor

    assert dict(stated_skills(line, TaxonomySkillExtractor(load_taxonomy()))) == {}


@pytest.mark.parametrize(("line", "skill"), [("Phlebotomy clinics twice a week.", "Phlebotomy"),
                                             ("Ran wound care clinics for the practice.", "Wound care")])
def test_a_skill_before_a_place_word_with_nothing_pointing_at_one_place_is_stated(line, skill):
    from adapters.embedded.skills.taxonomy import load_taxonomy
    from domain.matching.stated_skills import stated_skills
    from domain.skills import TaxonomySkillExtractor

    extractor = TaxonomySkillExtractor(load_taxonomy())
    assert extractor.canonical(skill) in stated_skills(line, extractor)
