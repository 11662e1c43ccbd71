"""Job ads of several trades and countries read with the shipped taxonomy and matched: a
requirement offering alternatives is met by any one, phrases are reduced to their skill, one
licence is listed once, and German ads' skills are read."""
from __future__ import annotations

from pathlib import Path

import pytest

from adapters.embedded.skills.taxonomy import OTHER_NAMES_FILE, EmbeddedSkillExtractor
from domain.job_skills import description_skills
from domain.matching import CandidateProfile, JobProfile, MatchScorer, canonical_skills
from tests.unit.test_job_skill_alternatives import _job

SKILLS = EmbeddedSkillExtractor()


def _missing(title: str, ad: str, held: list[str]) -> list[str]:
    required, _ = description_skills(title, ad, SKILLS, 50)
    candidate = CandidateProfile(resume_id="r", candidate_id="c", skills=frozenset(canonical_skills(held, SKILLS)))
    return MatchScorer(SKILLS).skill_fit(candidate, JobProfile.from_job(_job(required), SKILLS)).missing


@pytest.mark.parametrize(("title", "ad", "held"), [
    ("Finance Manager", "You will be ACCA qualified (or ACA/CIMA).", ["CIMA"]),
    ("Finance Manager", "You will be ACCA qualified (or ACA/CIMA).", ["ACCA"]),
    ("Staff Nurse", "Venepuncture competencies and the ability to administer medication. One of BLS, ILS or ALS.",
     ["Venepuncture", "Medication administration", "ILS"]),
    ("Bookkeeper", "Experience with Xero, Sage or QuickBooks is essential.", ["Sage"]),
    ("Lagerist", "Gute Deutschkenntnisse. Gabelstapler und Erste Hilfe.", ["German", "Forklift operation", "First aid"]),
    ("Koch", "Kenntnisse in Lebensmittelhygiene erforderlich.", ["Food hygiene"]),
])
def test_a_candidate_holding_what_is_asked_misses_nothing(title, ad, held):
    assert _missing(title, ad, held) == []


def test_one_alternative_short_is_still_missing():
    assert _missing("Finance Manager", "ACCA qualified (or ACA/CIMA).", ["CPA"]) == ["ACCA or ACA or CIMA"]


def test_fragments_of_duties_are_no_skills():
    required, _ = description_skills(
        "Head Chef", "You will lead our kitchen brigade of 8. Drive 40t articulated vehicles and load.", SKILLS, 50)
    assert not any(any(ch.isdigit() for ch in name) or "our " in name for name in required), required


def test_one_licence_written_three_ways_is_listed_once():
    required, nice = description_skills(
        "HGV Driver", "Category CE licence required. Category C+E. Führerschein Klasse CE.", SKILLS, 50)
    assert len(required + nice) == 1, (required, nice)


def test_each_other_language_name_names_its_taxonomy_skill():
    rows = [line.split("\t") for line in Path(OTHER_NAMES_FILE).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert rows
    for canonical, names in rows:
        for name in names.split("|"):
            assert SKILLS.canonical(name) == canonical, name
