"""Schooling written in Latin-American and Central-European words (invented entries): a year
labelled in Spanish or Portuguese, Colombia's "Institución Educativa", Czech and Slovak schools
and certificates, Austrian and Swiss apprenticeship and federal certificates, the Caribbean's
CSEC and Nepal's S.L.C.; a professional title dated under its university ("Ingeniero Civil —
2015") is the award, a faculty named after the university no award."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.education_words import DEGREE, INSTITUTION


def rows(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return [(e.degree, e.institution, e.graduation_year) for e in parse_education(text)]


def test_a_spanish_year_label_dates_the_entry():
    text = "Universidad Nacional de Colombia\nTítulo: Ingeniera Química\nAño de grado: 2016\n"
    assert rows(text) == [("Ingeniera Química", "Universidad Nacional de Colombia", 2016)]


def test_a_portuguese_year_label():
    text = "Universidade Federal do Ceará\nTítulo: Engenheiro Civil\nAno de conclusão: 2019\n"
    assert rows(text)[0][2] == 2019


@pytest.mark.parametrize("name", ["Institución Educativa San José de Itagüí", "Institución Universitaria Pascual Bravo",
                                  "SPŠ strojní Brno", "Střední odborné učiliště Kladno", "Gymnázium Jana Keplera"])
def test_schools_of_colombia_and_czechia(name):
    assert INSTITUTION.search(name)


@pytest.mark.parametrize("award", ["výuční list", "maturitní zkouška", "Lehrabschlussprüfung Koch",
                                   "Technische Berufsmaturität", "Elektroinstallateur mit eidg. Fachausweis",
                                   "CSEC", "S.L.C.", "Bachiller Técnico"])
def test_awards_in_their_own_words(award):
    assert DEGREE.search(award)


@pytest.mark.parametrize(("text", "award", "year"), [
    ("Universidad Nacional de Ingeniería\nIngeniero Civil — 2015\n", "Ingeniero Civil", 2015),
    ("Universidad de la República – Facultad de Ciencias Económicas y de Administración\nContadora Pública, 2012\n",
     "Contadora Pública", 2012),
])
def test_a_professional_title_dated_under_its_university(text, award, year):
    assert rows(text)[0][0] == award and rows(text)[0][2] == year


def test_a_note_or_a_town_under_a_university_is_no_award():
    assert rows("Universidad de Chile\nSantiago — 2011\n")[0][0] is None
    assert rows("University of Leeds\nFirst Class Honours — 2011\n")[0][0] != "First Class Honours"


def test_gce_ordinary_and_advanced_levels_are_awards_each_dated():
    text = ("G.C.E. Advanced Level Examination (2011) – Royal College, Colombo\n"
            "   Subjects: Biology (A), Chemistry (B), Physics (C)\n"
            "G.C.E. Ordinary Level Examination (2008) – Royal College, Colombo\n")
    assert [(d, y) for d, _, y in rows(text)] == [("G.C.E. Advanced Level Examination", 2011),
                                                  ("G.C.E. Ordinary Level Examination", 2008)]
