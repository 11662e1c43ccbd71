"""One-line jobs written "Title at Employer" in Spanish, French, Italian, German and Portuguese
("en", "chez", "presso", "bei", "na"/"no"/"em"): the last such word before a name parts them,
a subject after a title ("Técnico en Enfermería") is no employer."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.experience import parse_experience
from adapters.embedded.parsing.job_titles import split_title_company


@pytest.mark.parametrize(("line", "title", "company"), [
    ("Cajera en Supermercados Soriana", "Cajera", "Supermercados Soriana"),
    ("Técnico en Enfermería en Clínica Santa María", "Técnico en Enfermería", "Clínica Santa María"),
    ("Serveuse chez Brasserie Georges", "Serveuse", "Brasserie Georges"),
    ("Magazziniere presso Esselunga Spa", "Magazziniere", "Esselunga Spa"),
    ("Lagerist bei Rhenus Logistics", "Lagerist", "Rhenus Logistics"),
    ("Motorista na Viação Cometa", "Motorista", "Viação Cometa"),
])
def test_title_then_its_employer(line: str, title: str, company: str) -> None:
    assert split_title_company([line]) == (title, company)


def test_a_subject_after_a_title_is_no_employer() -> None:
    assert split_title_company(["Técnico en Enfermería"]) == ("Técnico en Enfermería", None)


def test_one_line_jobs_with_their_years_in_brackets() -> None:
    entries, _ = parse_experience("Cajera en Supermercados Soriana (2019–2023)\nMesera en Café Tacuba (2016–2019)\n")
    assert [(e.title, e.company, e.start_date) for e in entries] == [
        ("Cajera", "Supermercados Soriana", "2019"), ("Mesera", "Café Tacuba", "2016")]
