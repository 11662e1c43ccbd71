"""A job ad's phrases reduced to the skill they name ("Venepuncture competencies" is
venepuncture, "administer medication" is medication administration), fragments naming none
dropped ("lead our kitchen brigade of 8"), spellings of one licence listed once, and skills
named inside German compounds ("Deutschkenntnisse") read."""
from __future__ import annotations

import pytest

from domain.job_skills import description_skills
from domain.licence_classes import licence_class
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor, normalise
from tests.unit.test_job_skill_alternatives import _job

_NAMES = {"Phlebotomy": SkillKind.SKILL, "Medication administration": SkillKind.SKILL,
          "Forklift operation": SkillKind.SKILL, "Stock management": SkillKind.SKILL,
          "HGV licence Class 1 (C+E)": SkillKind.CERTIFICATION, "HGV licence Class 2 (C)": SkillKind.CERTIFICATION,
          "Führerschein Klasse CE": SkillKind.CERTIFICATION, "German": SkillKind.LANGUAGE,
          "English": SkillKind.LANGUAGE, "SAP software": SkillKind.TOOL}
_ALIASES = {"venepuncture": "Phlebotomy", "category ce": "HGV licence Class 1 (C+E)",
            "category c licence": "HGV licence Class 2 (C)",
            "deutsch": "German", "englisch": "English", "sap": "SAP software"}


def _skills() -> TaxonomySkillExtractor:
    names = list(_NAMES)
    aliases = {normalise(name): (i, False) for i, name in enumerate(names)}
    aliases.update({alias: (names.index(name), False) for alias, name in _ALIASES.items()})
    n = len(names)
    return TaxonomySkillExtractor(SkillTaxonomy(names, aliases, [frozenset()] * n, [frozenset()] * n,
                                                kinds=list(_NAMES.values())))


@pytest.mark.parametrize(("title", "ad", "required"), [
    ("Staff Nurse", "Venepuncture competencies and ability to administer medication.",
     ["Venepuncture", "Medication administration"]),
    ("Warehouse Operative", "You will manage stock. Forklift operation skills.", ["Stock management", "Forklift operation"]),
    ("Head Chef", "You will lead our kitchen brigade of 8.", []),
    ("Class 1 Driver", "Drive 40t articulated vehicles and load.", []),
])
def test_phrases_are_reduced_to_the_skill_they_name_and_fragments_dropped(title, ad, required):
    assert description_skills(title, ad, _skills(), 50)[0] == required


def test_a_nurse_listing_the_skills_is_told_nothing_is_missing():
    skills = _skills()
    required, _ = description_skills("Staff Nurse", "Venepuncture competencies. Able to administer medication.",
                                     skills, 50)
    job = JobProfile.from_job(_job(required), skills)
    nurse = CandidateProfile(resume_id="r", candidate_id="c", skills=frozenset(
        JobProfile.from_job(_job(["Venepuncture", "Medication administration"]), skills).required_skills))
    assert MatchScorer(skills).skill_fit(nurse, job).missing == []


def test_spellings_of_one_licence_are_listed_once():
    required, nice = description_skills(
        "HGV Driver", "Category C licence required. Category CE. Führerschein Klasse CE.", _skills(), 50)
    assert (required, nice) == (["Category C licence", "Category CE"], [])


@pytest.mark.parametrize(("a", "b", "same"), [
    ("HGV licence Class 1 (C+E)", "Führerschein Klasse CE", True),
    ("Category CE", "Category C+E licence", True),
    ("Category C licence", "Category CE", False),
    ("CDL Class C", "Category C", False),  # a US class is not the EU's
    ("Category C1+E", "Klasse C1E", True),
    ("HGV Class 1", "Category CE", True),  # the UK's number for the same class
    ("LGV Class 2", "Klasse C", True),
])
def test_a_driving_licence_s_class_is_one_key_however_spelled(a, b, same):
    assert (licence_class(a) == licence_class(b)) is same and licence_class(a) is not None


def test_names_that_are_no_licence_class_have_no_class():
    assert licence_class("Level 2 Food Hygiene") is None and licence_class("NMC registration") is None


def test_a_language_or_skill_named_inside_a_german_compound_is_read():
    required, _ = description_skills(
        "Lagerist", "Sehr gute Deutschkenntnisse und SAP-Kenntnisse. Englischkenntnissen.", _skills(), 50)
    assert required == ["Deutsch", "SAP", "Englisch"]
    assert JobProfile.from_job(_job(required), _skills()).required_skills == ("German", "SAP software", "English")


def test_a_compound_of_no_skill_names_nothing():
    assert description_skills("Lagerist", "Grundkenntnisse und Branchenerfahrung.", _skills(), 50) == ([], [])
