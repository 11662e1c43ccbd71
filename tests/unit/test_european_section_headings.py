"""Résumés headed in German, French, Spanish, Dutch, Italian, Portuguese or Polish are split
into the same sections as English ones; a line of an English résumé that merely shares a
stem with a foreign heading word is no heading."""
import pytest

from adapters.embedded.parsing.sections import heading_of, split_sections


@pytest.mark.parametrize("line, section", [
    # German: compounds name the section by their last part
    ("Berufserfahrung", "experience"), ("BERUFLICHER WERDEGANG", "experience"), ("Praktika", "experience"),
    ("Ausbildung", "education"), ("Schulbildung", "education"), ("Studium:", "education"),
    ("Kenntnisse", "skills"), ("IT-Kenntnisse", "skills"), ("Fähigkeiten", "skills"),
    ("Sprachen", "skills"), ("Sprachkenntnisse", "skills"), ("Weiterbildungen", "certifications"),
    ("Zertifikate", "certifications"), ("Persönliche Daten", "other"), ("Profil", "summary"),
    # French
    ("Expérience professionnelle", "experience"), ("EXPÉRIENCES", "experience"), ("Formation", "education"),
    ("Compétences", "skills"), ("Langues", "skills"), ("Centres d'intérêt", "other"),
    # Spanish
    ("Experiencia laboral", "experience"), ("Formación académica", "education"), ("Educación", "education"),
    ("Habilidades", "skills"), ("Idiomas", "skills"), ("Certificaciones", "certifications"),
    # Dutch
    ("Werkervaring", "experience"), ("Opleiding", "education"), ("Vaardigheden", "skills"), ("Talen", "skills"),
    # Italian
    ("Esperienze lavorative", "experience"), ("Istruzione e formazione", "education"),
    ("Competenze", "skills"), ("Lingue", "skills"),
    # Portuguese
    ("Experiência profissional", "experience"), ("Formação acadêmica", "education"),
    ("Competências", "skills"), ("Idiomas", "skills"),
    # Polish
    ("Doświadczenie zawodowe", "experience"), ("Wykształcenie", "education"), ("Umiejętności", "skills"),
    ("Języki obce", "skills"), ("Certyfikaty", "certifications"),
])
def test_european_headings_open_their_section(line, section):
    assert heading_of(line)[0] == section


@pytest.mark.parametrize("line", [
    "Talent Acquisition Partner", "Formation of new teams", "Opleiding Manager, Acme",
    "Stage Manager", "Projektleiter", "Praktikant", "Führerschein Klasse B", "Hochschule München", "RESUME",
])
def test_lines_sharing_a_stem_with_a_foreign_heading_are_not_headings(line):
    assert heading_of(line) is None


GERMAN = """Jonas Weber
jonas.weber@example.de | Hamburg

BERUFSERFAHRUNG
Lagerleiter, Nordhafen Logistik GmbH
01/2019 - heute
Leitung eines Teams von zwölf Mitarbeitern.

AUSBILDUNG
Fachkraft für Lagerlogistik, Berufsschule Hamburg, 2014

KENNTNISSE
SAP, Staplerfahren, Bestandsverwaltung

SPRACHEN
Deutsch, Englisch
"""


def test_a_german_resume_is_split_into_its_sections():
    _, sections = split_sections(GERMAN)
    assert [s.name for s in sections] == ["experience", "education", "skills", "skills"]
