"""A regulator's name alone on a résumé ("registered with the GPhC", "GDC registered") is the
registration of the profession written just before it on its line, whatever the title of the
post: one regulator registers several rungs of a trade (pharmacists and pharmacy technicians,
dentists and dental nurses, nurses and midwives), so a technician whose post is "Accredited
Checking Technician" does not meet a pharmacist's post's registration. Fictional résumés; the
shipped taxonomy."""
from __future__ import annotations

import time

import pytest

from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.matching import CandidateProfile, JobProfile, MatchScorer
from domain.registered_professions import professions_written
from domain.resumes import ExperienceEntry, ParsedResume, SkillEntry
from domain.skills import SkillKind, TaxonomySkillExtractor
from tests.unit.test_registered_professions import _job


@pytest.fixture(scope="module")
def skills() -> TaxonomySkillExtractor:
    return TaxonomySkillExtractor(load_taxonomy())


@pytest.mark.parametrize(("text", "words"), [
    ("Pharmacy Technician registered with the GPhC, 5 years in hospital dispensaries.", ("Pharmacy Technician",)),
    ("Qualified Dental Nurse, GDC registered (No. 11223)", ("Qualified Dental Nurse",)),
    ("Profile\nRegistered Veterinary Nurse, RCVS-registered since 2019.", ("Registered Veterinary Nurse",)),
    ("Memberships: Social Work England; BASW", ()),
    ("I registered with the gym in 2020.", ("I",)),
])
def test_the_words_before_a_registration_are_read(text, words):
    assert professions_written(text) == words


def _candidate(written: str, held: str, title: str, skills: TaxonomySkillExtractor) -> CandidateProfile:
    return CandidateProfile.from_resume("r", "c", ParsedResume(
        summary=f"{written}, six years in community pharmacy.",
        skills=[SkillEntry(name=held, kind=SkillKind.CERTIFICATION)],
        experience=[ExperienceEntry(title=title, current=True)]), skills=skills)


@pytest.mark.parametrize(("written", "held"), [
    ("Pharmacy Technician registered with the GPhC", "registered with the GPhC"),
    ("Senior pharmacy technician, GPhC registered", "GPhC registered"),
])
def test_a_technicians_registration_written_so_does_not_meet_a_pharmacists_post(skills, written, held):
    job = JobProfile.from_job(_job("Community Pharmacist", ["GPhC registration"]), skills)
    candidate = _candidate(written, held, "Accredited Checking Technician", skills)
    assert "GPhC Registered Pharmacy Technician" in candidate.skills
    assert MatchScorer(skills).skill_fit(candidate, job).credentials_missing != ()


def test_a_pharmacists_registration_written_so_meets_it(skills):
    job = JobProfile.from_job(_job("Community Pharmacist", ["GPhC registration"]), skills)
    candidate = _candidate("Pharmacist registered with the GPhC", "registered with the GPhC", "Locum", skills)
    assert MatchScorer(skills).skill_fit(candidate, job).credentials_missing == ()


def test_a_bare_registration_with_no_profession_written_still_meets_it(skills):
    job = JobProfile.from_job(_job("Community Pharmacist", ["GPhC registration"]), skills)
    candidate = _candidate("Registered with the GPhC", "registered with the GPhC", "Locum", skills)
    assert MatchScorer(skills).skill_fit(candidate, job).credentials_missing == ()


def test_long_runs_of_words_and_spaces_do_not_hang_the_search():
    for text in ("A" * 200_000 + " registered", "GDC" + " " * 200_000 + "x registered",
                 ("Nurse " * 50_000) + "registered with", "registered" + " \t" * 100_000 + "with"):
        start = time.perf_counter()
        professions_written(text)
        assert time.perf_counter() - start < 5.0


def test_a_headline_under_the_name_says_whose_registration_it_is():
    from datetime import date

    from adapters.embedded.parsing.parser import RuleBasedResumeParser
    from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
    extractor = EmbeddedSkillExtractor()
    parser = RuleBasedResumeParser(extractor, today=lambda: date(2026, 12, 1))
    text = ("Priya Shah\nBirmingham\n\nSenior Pharmacy Technician registered with the GPhC, 6 years in hospitals.\n\n"
            "EXPERIENCE\nMedicines Management Lead, City Hospital (2020 - present)\n- Medicines reconciliation\n")
    names = {extractor.canonical(s.name) or s.name for s in parser.parse_text(text).skills}
    assert "GPhC Registered Pharmacy Technician" in names
    assert "GPhC registration" not in names
