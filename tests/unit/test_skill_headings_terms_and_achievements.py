"""Skills sections and what is no skill (invented lines): "tools" and computer skills headed in
Spanish, Portuguese, French and Italian; "Language Ability" headed in title case; the pay asked
for and the date one can start are terms, no skill; a functional CV's achievement line under a
skill's heading is a sentence, not a list."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.personal_details import a_personal_detail
from adapters.embedded.parsing.sections import heading_of
from adapters.embedded.parsing.skill_items import section_items


@pytest.mark.parametrize("line", ["HERRAMIENTAS", "Herramientas digitales", "Ferramentas", "OUTILS",
                                  "Strumenti", "Informática", "INFORMATIQUE", "Language Ability"])
def test_skills_headings(line):
    found = heading_of(line)
    assert found is not None and found[0] == "skills"


@pytest.mark.parametrize("line", ["Herramienta de corte afilada", "Informática aplicada a la gestión, UNED 2014"])
def test_sentences_opened_by_the_word_are_no_heading(line):
    assert heading_of(line) is None


@pytest.mark.parametrize("line", ["Pretensiones de renta: $1.200.000 líquidos", "Disponibilidad: inmediata",
                                  "Expected salary: negotiable", "Availability: two weeks' notice",
                                  "Gehaltsvorstellung: 65.000 EUR", "Prétentions salariales : 38 k€"])
def test_terms_are_personal_details(line):
    assert a_personal_detail(line)


def test_an_achievement_line_is_prose_not_a_list():
    text = ("Coordinated a team of 4 surveyors, 2 draughtsmen and a CAD technician on the bypass\n"
            "Translated 1,500 pages of tenders, contracts and manuals\n"
            "AutoCAD, Civil 3D, Trimble Business Center\n")
    items, prose = section_items(text)
    assert items == ["AutoCAD", "Civil 3D", "Trimble Business Center"]
    assert len(prose) == 2


@pytest.mark.parametrize("line", ["Advanced Excel, Power BI, SQL", "Automated testing, Selenium, JUnit",
                                  "Distributed systems, Kafka, gRPC"])
def test_skills_named_with_a_past_participle_stay_items(line):
    items, prose = section_items(line)
    assert len(items) == 3 and not prose


def test_a_date_opening_a_credentials_line_is_no_part_of_its_name():
    items, _ = section_items("2014.06  Rigger Level 2\n11/2019 – Confined Space Entry\n2D drafting, 3ds Max\n")
    assert items == ["Rigger Level 2", "Confined Space Entry", "2D drafting", "3ds Max"]
