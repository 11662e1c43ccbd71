"""Education tables flattened to text: a cell is read whole (its commas name the school and
its town), a cell after the school naming no school is what was earned there, and a row of
two unknown names and a year parted by dashes is a degree, its school and the year."""
from __future__ import annotations

from adapters.embedded.parsing.education import parse_education


def _rows(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return [(e.institution, e.degree, e.graduation_year) for e in parse_education(text)]


def test_a_school_cell_with_commas_then_its_award() -> None:
    text = ("College of Health Technology, Federal Teaching Hospital, Ido-Ekiti   Community Health Extension Worker   2011\n"
            "Christ's School, Ado-Ekiti                                               SSCE                              2006")
    rows = _rows(text)
    assert [r[2] for r in rows] == [2011, 2006]
    assert rows[0][0] is not None and rows[0][0].startswith("College of Health Technology, Federal Teaching Hospital")
    assert rows[0][1] == "Community Health Extension Worker"
    assert rows[1][1] == "SSCE"


def test_a_dashed_row_of_two_unknown_names_and_a_year() -> None:
    assert _rows("Aperfeiçoamento em Fisioterapia Neurofuncional — Rede Sarah de Hospitais — 2018") == [
        ("Rede Sarah de Hospitais", "Aperfeiçoamento em Fisioterapia Neurofuncional", 2018)]


def test_polish_school_complexes() -> None:
    assert _rows("Zespół Szkół Elektronicznych w Rzeszowie, technik elektryk, 2010") == [
        ("Zespół Szkół Elektronicznych w Rzeszowie", "technik elektryk", 2010)]


def test_a_school_named_after_its_examining_board() -> None:
    assert _rows("Class X, ICSE, St. Xavier's High School Ranchi, 2009 – 81%") == [
        ("St. Xavier's High School Ranchi", "Class X", 2009)]
