"""Education lines as more countries write them: subjects and grades in brackets (their commas
part nothing), a year in brackets followed by a mark, and a month and year before the school."""
from __future__ import annotations

from adapters.embedded.parsing.education import parse_education


def _rows(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return [(e.institution, e.degree, e.graduation_year) for e in parse_education(text)]


def test_commas_inside_brackets_part_nothing() -> None:
    assert _rows("National 5s (Biology A, Chemistry B, English C), Portobello High School, 2016") == [
        ("Portobello High School", "National 5s (Biology A, Chemistry B, English C)", 2016)]


def test_a_year_in_brackets_before_a_mark() -> None:
    assert _rows("Diploma di Perito Agrario — Istituto Tecnico Agrario Emilio Sereni, Castelfranco Emilia (2012) — voto 88/100") == [
        ("Istituto Tecnico Agrario Emilio Sereni", "Diploma di Perito Agrario", 2012)]


def test_month_and_year_before_the_school() -> None:
    text = "Mar 2016   Kobe Gakuin University - Bachelor of Nutrition\nMar 2012   Suma Gakuen High School"
    assert _rows(text) == [("Kobe Gakuin University", "Bachelor of Nutrition", 2016),
                           ("Suma Gakuen High School", None, 2012)]


def test_a_range_in_brackets_before_a_mark() -> None:
    assert _rows("Universidad de Sonora — Licenciatura en Enfermería (2012–2016), promedio 8.9") == [
        ("Universidad de Sonora", "Licenciatura en Enfermería", 2016)]


def test_a_year_with_an_honour_in_brackets() -> None:
    assert _rows("Mindanao State University — Bachelor of Elementary Education, 2014 (Dean's Lister)") == [
        ("Mindanao State University", "Bachelor of Elementary Education", 2014)]
