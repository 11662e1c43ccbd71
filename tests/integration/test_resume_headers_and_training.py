"""Résumé entries through the real parser: a note in brackets stays with the title, and a
TRAINING/Certifications/Courses block after a job is read as the person's credentials."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.job_titles import split_title_company
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

PARSER = RuleBasedResumeParser(EmbeddedSkillExtractor())


@pytest.mark.parametrize(("header", "title", "company"), [
    ("Senior Nurse (ICU, Nights), St Thomas' Hospital", "Senior Nurse (ICU, Nights)", "St Thomas' Hospital"),
    ("Staff Nurse (Band 5, Ward 7), Leeds General Infirmary", "Staff Nurse (Band 5, Ward 7)", "Leeds General Infirmary"),
    ("Driver (Class 1 - ADR), DHL Supply Chain", "Driver (Class 1 - ADR)", "DHL Supply Chain"),
    ("Sous Chef [Pastry | Banqueting] at The Savoy", "Sous Chef [Pastry | Banqueting]", "The Savoy"),
])
def test_separators_inside_brackets_stay_with_the_title(header, title, company):
    assert split_title_company([header]) == (title, company)


def test_a_training_block_after_a_job_is_read_as_credentials_not_as_the_job():
    parsed = PARSER.parse_text(
        "John Smith\nLeeds\njohn@example.com\n\nWORK HISTORY\nHGV Driver, Eddie Stobart\n2018 - 2023\n"
        "Multi-drop deliveries.\n\nTRAINING: Driver CPC, 2022; ADR certificate, 2021\n"
        "Certifications: Forklift licence (counterbalance), First Aid at Work\nCourses: Food Hygiene Level 2\n")
    assert "TRAINING" not in parsed.sections["experience"]
    assert "Driver CPC" in parsed.sections["certifications"]
    assert "Food Hygiene" in parsed.sections["certifications"]
    assert "training" not in {s.name.lower() for s in parsed.skills}


def test_a_labelled_field_of_a_job_stays_with_the_job():
    parsed = PARSER.parse_text(
        "Jane Doe\njane@example.com\n\nEXPERIENCE\nCare Assistant, Sunrise Care Home\n2019 - 2022\n"
        "Training: supported new starters through their induction\n")
    assert "induction" in parsed.sections["experience"]
