"""A regulator that keeps one register with a part for each profession it regulates (the UK's
HCPC: physiotherapists, occupational therapists, radiographers, dietitians, speech and language
therapists and ten more) registers each profession apart: its name alone on a document is the
registration of the profession the title names, so one allied health profession's registration
never meets another's. The shipped taxonomy."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.registered_professions import for_the_profession
from domain.resumes import ExperienceEntry, ParsedResume, SkillEntry
from domain.skills import SkillKind, TaxonomySkillExtractor
from tests.unit.test_registered_professions import _job


@pytest.fixture(scope="module")
def skills() -> TaxonomySkillExtractor:
    return TaxonomySkillExtractor(load_taxonomy())


@pytest.mark.parametrize(("title", "registration"), [
    ("Senior Diagnostic Radiographer", "HCPC Registered Radiographer"),
    ("Community Dietitian", "HCPC Registered Dietitian"),
    ("Paediatric Speech and Language Therapist", "HCPC Registered Speech and Language Therapist"),
    ("Band 7 Occupational Therapist", "HCPC Registered Occupational Therapist"),
    ("Rotational Physiotherapist", "HCPC Registered Physiotherapist"),
    ("Podiatrist", "HCPC Registered Podiatrist"),
    ("Theatre Operating Department Practitioner", "HCPC Registered Operating Department Practitioner"),
    ("Paramedic", "HCPC Registered Paramedic"),
    # a title naming no profession of the register: the regulator's registration stays
    ("Clinic Manager", "HCPC registration"),
])
def test_the_regulators_name_alone_is_the_titles_professions_registration(skills, title, registration):
    assert for_the_profession("HCPC registration", (title,), skills) == registration


def _candidate(title: str, skills: TaxonomySkillExtractor) -> CandidateProfile:
    return CandidateProfile.from_resume("r", "c", ParsedResume(
        skills=[SkillEntry(name="HCPC registered", kind=SkillKind.CERTIFICATION)],
        experience=[ExperienceEntry(title=title, current=True)]), skills=skills)


@pytest.mark.parametrize(("job_title", "same", "other"), [
    ("Dietitian", "Specialist Dietitian", "Speech and Language Therapist"),
    ("Radiographer", "Senior Radiographer", "Physiotherapist"),
    ("Occupational Therapist", "Occupational Therapist", "Podiatrist"),
])
def test_another_professions_registration_with_the_same_regulator_does_not_meet_it(skills, job_title, same, other):
    job = JobProfile.from_job(_job(job_title, ["HCPC registered"]), skills)
    scorer = MatchScorer(skills)
    assert scorer.skill_fit(_candidate(same, skills), job).credentials_missing == ()
    assert scorer.skill_fit(_candidate(other, skills), job).credentials_missing != ()


@pytest.mark.parametrize("written", ["Registered social worker (Social Work England, SW000123)",
                                     "Memberships: Social Work England; BASW"])
def test_a_regulators_name_alone_on_a_cv_is_its_registration(skills, written):
    assert "Social Work England registration" in skills.extract(written)
