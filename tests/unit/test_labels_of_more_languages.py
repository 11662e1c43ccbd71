"""Labelled lines as Romanian (Europass), Turkish and Indonesian CVs write them: the name,
the period, the post held and the employer; and Turkish degrees."""
from __future__ import annotations

from adapters.embedded.parsing.contact import parse_contact
from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.experience import parse_experience

EUROPASS_RO = """\
Perioada: 09.2019 - prezent
Funcția sau postul ocupat: Asistentă medicală
Numele și adresa angajatorului: Spitalul Județean de Urgență Sibiu

Perioada: 03.2015 - 08.2019
Funcția: Infirmieră
Angajator: Clinica Polisano, Sibiu
"""


def test_europass_labels_in_romanian() -> None:
    entries, _ = parse_experience(EUROPASS_RO)
    assert [(e.title, e.company, e.start_date) for e in entries] == [
        ("Asistentă medicală", "Spitalul Județean de Urgență Sibiu", "2019-09"),
        ("Infirmieră", "Clinica Polisano", "2015-03")]


def test_name_labels_of_more_languages() -> None:
    for label in ("Nume", "Nume și prenume", "Adı Soyadı", "Nama Lengkap"):
        text = f"Curriculum Vitae\n{label}: Elif Demir Kaya\nTelefon: 0532 111 22 33\n"
        assert parse_contact(text, text.splitlines()).name == "Elif Demir Kaya", label


def test_turkish_associate_and_masters_degrees() -> None:
    rows = [(e.institution, e.degree) for e in parse_education(
        "Anadolu Üniversitesi, Büro Yönetimi (Önlisans), 2013\nEge Üniversitesi, İşletme (Yüksek Lisans), 2019")]
    assert rows == [("Anadolu Üniversitesi", "Büro Yönetimi (Önlisans)"), ("Ege Üniversitesi", "İşletme (Yüksek Lisans)")]
