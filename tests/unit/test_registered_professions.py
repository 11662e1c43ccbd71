"""A requirement naming a registered profession and its regulator asks for the profession's
registration, not for any entry on the regulator's register (which holds the rung below too);
a regulator's name alone is read as the registration of the profession the document's title
names, on a job ad and on a résumé alike."""
from __future__ import annotations

import pytest

from domain.job_skills import description_skills
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.registered_professions import for_the_profession
from domain.resumes import ExperienceEntry, ParsedResume, SkillEntry
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor

# An invented regulator ("QVC", the Quayside Veterinary Council) registering two rungs of a trade.
_NAMES = ["QVC registration", "QVC Registered Surgeon", "QVC Registered Nurse Aide", "Registered Orthoptist",
          "Animal handling"]
_ALIASES = {"qvc": (0, False), "qvc registration": (0, False), "qvc registered": (0, False),
            "qvc registered surgeon": (1, False), "qvc surgeon": (1, False),
            "qvc registered nurse aide": (2, False), "registered orthoptist": (3, False),
            "animal handling": (4, False)}


def _skills() -> TaxonomySkillExtractor:
    kinds = [SkillKind.CERTIFICATION] * 4 + [SkillKind.SKILL]
    n = len(_NAMES)
    return TaxonomySkillExtractor(SkillTaxonomy(_NAMES, _ALIASES, [frozenset()] * n, [frozenset()] * n, kinds=kinds))


@pytest.mark.parametrize(("title", "sentence", "expected"), [
    ("Surgeon", "Applicants must be registered surgeons with the QVC.", "QVC Registered Surgeon"),
    ("Surgeon", "You must be registered with the QVC as a surgeon, and handle animals calmly.",
     "QVC Registered Surgeon"),
    ("Nurse Aide", "Registered nurse aides with the QVC only.", "QVC Registered Nurse Aide"),
    # no row for the regulator and the profession: the profession's own registration
    ("Orthoptist", "Must be a registered orthoptist with the Orthoptic Board.", "Registered Orthoptist"),
])
def test_a_registered_profession_with_its_regulator_is_the_professions_registration(title, sentence, expected):
    required, _ = description_skills(title, sentence, _skills(), 50)
    assert expected in required
    assert "QVC" not in required and "QVC registration" not in required


def test_a_regulators_name_alone_is_the_registration_of_the_titles_profession():
    skills = _skills()
    assert for_the_profession("QVC registration", ("Senior Surgeon",), skills) == "QVC Registered Surgeon"
    assert for_the_profession("QVC registration", ("Nurse Aide",), skills) == "QVC Registered Nurse Aide"
    assert for_the_profession("QVC registration", ("Receptionist",), skills) == "QVC registration"
    assert for_the_profession("Animal handling", ("Surgeon",), skills) == "Animal handling"


def test_the_rung_below_on_the_same_register_does_not_meet_the_professions_registration():
    skills = _skills()
    job = JobProfile.from_job(_job("Surgeon", ["QVC"]), skills)
    aide = CandidateProfile.from_resume("r1", "c1", ParsedResume(
        skills=[SkillEntry(name="QVC registration", kind=SkillKind.CERTIFICATION), SkillEntry(name="Animal handling")],
        experience=[ExperienceEntry(title="Nurse Aide", current=True)]), skills=skills)
    surgeon = CandidateProfile.from_resume("r2", "c2", ParsedResume(
        skills=[SkillEntry(name="QVC registered", kind=SkillKind.CERTIFICATION)],
        experience=[ExperienceEntry(title="Surgeon", current=True)]), skills=skills)
    scorer = MatchScorer(skills)
    assert scorer.skill_fit(aide, job).credentials_missing == ("QVC",)
    assert scorer.skill_fit(surgeon, job).credentials_missing == ()


def _job(title: str, required: list[str]):
    from tests.unit.test_job_skill_alternatives import _job as job_of
    return job_of(required).model_copy(update={"title": title})
