"""A job ad's list of licence classes after one class word ("Class B, C and D licences", "HGV
Class 1 and 2", "Cat B+E and C1", "Führerschein Klasse B und C1") names each licence in full, as
it would be named alone, in whichever country's scheme it is written; never a bare letter or
number, which alone reads as the C programming language or nothing. A list of codes with no
word of licensing about it ("Category A and B suppliers") is no licence."""
from __future__ import annotations

import pytest

from domain.job_skills import description_skills
from domain.licence_classes import class_lists
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor


def _skills() -> TaxonomySkillExtractor:
    names = ["HGV licence Class 2 (C)", "HGV licence Class 1 (C+E)", "Driving licence category C1",
             "Commercial Driver's License Class A (CDL-A)", "Commercial Driver's License Class B (CDL-B)",
             "PCV licence (D)", "C", "R"]
    kinds = [SkillKind.CERTIFICATION] * 6 + [SkillKind.TOOL] * 2
    aliases = {"category c": (0, True), "c licence": (0, False), "hgv class 2": (0, False),
               "category ce": (1, False), "hgv class 1": (1, False), "category c1": (2, False),
               "cdl class a": (3, False), "cdl class b": (4, False), "d licence": (5, False),
               "c": (6, False), "r": (7, False)}
    n = len(names)
    return TaxonomySkillExtractor(SkillTaxonomy(names, aliases, [frozenset()] * n, [frozenset()] * n, kinds=kinds))


def _required(title: str, description: str) -> list[str]:
    required, nice = description_skills(title, description, _skills(), 50)
    return required + nice


@pytest.mark.parametrize("title, description, expected", [
    ("Van Driver", "Class B, C and D licences required.", ["Class B licence", "Class C licence", "Class D licence"]),
    ("HGV Driver", "You must hold Category C1, C and CE.", ["Category C1", "Category C", "Category CE"]),
    ("Transport Planner", "HGV Class 1 and 2 licence holders welcome.", ["HGV Class 1", "HGV Class 2"]),
    ("Plant Mover", "Requirements:\n- Cat B+E and C1\n- Good timekeeping\n", ["Cat B+E", "Cat C1"]),
    ("Truck Driver", "CDL Class A or B required.", ["CDL Class A or CDL Class B"]),  # either meets it
    ("Lkw-Fahrer", "Führerschein Klasse B und C1 erforderlich.", ["Führerschein Klasse B", "Führerschein Klasse C1"]),
    ("Chauffeur", "Permis B et C exigé.", ["Permis B", "Permis C"]),
    ("Coach Driver", "Must hold C1 and D1 licences.", ["C1 licence", "D1 licence"]),
    ("Courier", "Driving licence categories B, C1 and D1 essential.",
     ["Driving licence category B", "Driving licence category C1", "Driving licence category D1"]),
])
def test_each_class_of_a_list_is_named_in_full(title, description, expected):
    found = _required(title, description)
    assert found == expected
    assert not [n for n in found if len(n) <= 2], "a bare class code names no licence"


def test_a_class_named_alone_is_the_taxonomy_s_spelling_so_a_list_matches_a_resume_naming_one():
    skills = _skills()
    names = _required("HGV Driver", "You must hold Category C1, C and CE.")
    assert [skills.canonical(n) for n in names] == [
        "Driving licence category C1", "HGV licence Class 2 (C)", "HGV licence Class 1 (C+E)"]


def test_codes_with_no_licence_about_them_are_no_licences():
    assert _required("Buyer", "Manage Category A and B suppliers.") == []
    assert class_lists("Grades A and B required.", lambda _: False) == []
    assert class_lists("Category C, A good attitude is key.", lambda _: False) == []


def test_programming_languages_joined_like_codes_stay_languages():
    assert _required("Developer", "Experience with C, R and Python required.")[:2] == ["C", "R"]
