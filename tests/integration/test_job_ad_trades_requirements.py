"""Realistic ads of trades and professions, read with the shipped taxonomy: a qualification
named with its awarding body's number is one ("Inspection and Testing (2391)"), a level title
is a credential ("NVQ Level 3 in ..."), a label opening a line or a list ("Desirable:",
"Requirements:") marks what follows and keeps its short unknown items as written, "or above"
widens an item rather than naming a second, and a lone activity joined to a skill ("stock
control and ordering") is no skill unless the taxonomy names it so."""
from __future__ import annotations

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_skills import description_skills

SKILLS = EmbeddedSkillExtractor()

ELECTRICIAN = """We are looking for an experienced Electrician to join our team in Leeds.

Requirements:
- NVQ Level 3 in Electrotechnical
- 18th Edition (BS 7671)
- Inspection and Testing (2391)
- Full UK driving licence

Desirable: EV charger installation, solar PV installation.

Salary: £38,000 per annum"""

BOOKKEEPER = """Small accountancy practice seeks a part-time Bookkeeper.
Requirements: AAT Level 3 or above, strong Xero and Sage 50 experience.
Salary: £24,000 pro rata."""

TEACHER = """We are seeking a qualified teacher to join our school from September.
Requirements:
QTS
Experience teaching KS2
Enhanced DBS check"""

CHEF = """Chef de Partie wanted for busy gastro pub.
Essential: Food hygiene certificate (Level 2), stock control and ordering, knife skills.
Nice to have: butchery, pastry."""


def test_electrician() -> None:
    required, nice = description_skills("Electrician", ELECTRICIAN, SKILLS, 50)
    assert required == ["NVQ Level 3 in Electrotechnical", "18th Edition", "Inspection and testing (2391)",
                        "Full UK driving licence"]
    assert nice == ["EV charger installation", "Solar PV installation"]


def test_a_qualification_named_with_its_number_is_one_in_prose_too() -> None:
    required, _ = description_skills(
        "Electrician", "Must hold Design and Verification (2396) and knowledge of BS 7671.", SKILLS, 50)
    assert "Design and Verification (2396)" in required
    assert "Design" not in required and "Verification" not in required
    assert "18th Edition wiring regulations" in required


def test_bookkeeper_requirements_label_and_or_above() -> None:
    assert description_skills("Bookkeeper", BOOKKEEPER, SKILLS, 50) == (["AAT Level 3", "Xero", "Sage 50"], [])


def test_teacher_lines_under_a_requirements_heading_are_items() -> None:
    required, _ = description_skills("Primary Teacher (KS2)", TEACHER, SKILLS, 50)
    assert "QTS" in required
    assert not any("Experience" in name for name in required)  # prose under the label stays prose


def test_chef_ordering_is_no_skill_and_butchery_is_kept() -> None:
    required, nice = description_skills("Chef de Partie", CHEF, SKILLS, 50)
    assert required == ["Food hygiene certificate (Level 2)", "Inventory control", "Knife skills"]
    assert nice == ["Butchery", "Pastry"]
    assert SKILLS.canonical(required[0]) == "Food Hygiene Level 2"  # the level kept, not an unlevelled ask


def test_a_label_alone_above_a_list_marks_the_lines_below_it() -> None:
    ad = "Essential:\n- Knife skills\n\nDesirable:\n- Butchery\n- Pastry\n"
    assert description_skills("Chef", ad, SKILLS, 50) == (["Knife skills"], ["Butchery", "Pastry"])


def test_an_activity_the_taxonomy_names_as_a_product_is_read_as_the_activity() -> None:
    assert description_skills("Chef", "Responsible for stock control and ordering.", SKILLS, 50) \
        == (["stock control"], [])


def test_a_certificate_s_bracketed_level_stays_with_it_in_a_labelled_list() -> None:
    required, _ = description_skills("Chef", "Must have: Food hygiene certificate (Level 2), butchery", SKILLS, 50)
    assert required == ["Food hygiene certificate (Level 2)", "Butchery"]
    assert SKILLS.canonical(required[0]) == "Food Hygiene Level 2"
