"""Europass CVs in Italian, Spanish, Portuguese, French, German and Polish label the employer
and the post held in their own words."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.experience import parse_experience


@pytest.mark.parametrize(("employer_label", "title_label"), [
    ("Datore di lavoro", "Posizione ricoperta"),
    ("Nome e indirizzo del datore di lavoro", "Lavoro o posizione ricoperti"),
    ("Empleador", "Puesto"),
    ("Nombre y dirección del empleador", "Puesto o cargo ocupados"),
    ("Empregador", "Função ou cargo ocupado"),
    ("Employeur", "Fonction ou poste occupé"),
    ("Arbeitgeber", "Beruf oder Funktion"),
    ("Pracodawca", "Stanowisko"),
])
def test_labelled_employer_and_post(employer_label: str, title_label: str) -> None:
    text = (f"Date: 02/2018 – 11/2022\n{employer_label}: Ospedale Maggiore Novara\n"
            f"{title_label}: Tecnico di radiologia\n")
    entries, _ = parse_experience(text)
    assert [(e.title, e.company, e.start_date) for e in entries] == [
        ("Tecnico di radiologia", "Ospedale Maggiore Novara", "2018-02")]


def test_the_employer_with_its_town_then_the_post() -> None:
    text = ("Date: 03/2021 – attuale\nDatore di lavoro: Casa di Cura Villa Serena, Pescara\nPosizione: Infermiere\n\n"
            "Date: 05/2017 – 02/2021\nDatore di lavoro: RSA San Giuseppe, Chieti\nPosizione: Operatore socio-sanitario\n")
    entries, _ = parse_experience(text)
    assert [(e.title, e.company) for e in entries] == [
        ("Infermiere", "Casa di Cura Villa Serena"), ("Operatore socio-sanitario", "RSA San Giuseppe")]
