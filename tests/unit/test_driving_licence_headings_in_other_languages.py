"""A driving licence headed in another language ("Führerschein", "Permis de conduire",
"Rijbewijs", ...) opens a licences section, and the classes under it are the person's licences
named with it; the licence written on a line of its own ("Führerschein Klasse B") is no
heading. Fictional résumés, read with the shipped taxonomy."""
from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.sections import heading_of
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import SkillKind, TaxonomySkillExtractor


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()), today=lambda: date(2026, 1, 1))


@pytest.mark.parametrize("heading", [
    "Führerschein", "FÜHRERSCHEIN", "Fahrerlaubnis", "Permis de conduire", "Permiso de conducir",
    "Carnet de conducir", "Rijbewijs", "Prawo jazdy", "Carta de condução", "Patente di guida",
    "Körkort", "Водительское удостоверение", "Führerschein:",
])
def test_a_driving_licence_heading_opens_a_licences_section(heading):
    assert heading_of(heading)[0] == "certifications"


@pytest.mark.parametrize("line", ["Führerschein Klasse B", "Permis B", "Rijbewijs B en C", "Prawo jazdy kat. B"])
def test_a_licence_on_its_own_line_is_no_heading(line):
    assert heading_of(line) is None


RESUME = """Jonas Weber
jonas.weber@example.de | Hamburg

BERUFSERFAHRUNG
Lagerleiter, Nordhafen Logistik GmbH
01/2019 - heute

KENNTNISSE
SAP, Bestandsverwaltung

{heading}
{classes}
"""


@pytest.mark.parametrize("heading, classes, licences", [
    ("Führerschein", "Klasse B, C1E", {"Führerschein Klasse B", "Führerschein C1E"}),
    ("Permis de conduire", "B", {"Permis de conduire B"}),
    ("Rijbewijs", "B, C", {"Rijbewijs B", "Rijbewijs C"}),
    ("Prawo jazdy", "kat. B", {"Prawo jazdy kat. B"}),
    ("Carta de condução", "Categoria B", {"Carta de condução Categoria B"}),
    ("Permiso de conducir", "B1", {"Permiso de conducir B1"}),
])
def test_the_classes_under_it_are_licences(parser, heading, classes, licences):
    skills = parser.parse_text(RESUME.format(heading=heading, classes=classes)).skills
    certifications = {s.name for s in skills if s.kind is SkillKind.CERTIFICATION}
    assert certifications == licences
    # the heading and its classes are no skills of the skills section
    assert {s.name for s in skills if s.kind is SkillKind.SKILL} <= {"SAP", "Bestandsverwaltung", "Inventory management"}


def test_a_licence_written_whole_in_a_licences_list_is_kept(parser):
    text = RESUME.format(heading="Führerschein", classes="Führerschein Klasse B")
    names = {s.name for s in parser.parse_text(text).skills if s.kind is SkillKind.CERTIFICATION}
    assert names == {"Führerschein Klasse B"}
