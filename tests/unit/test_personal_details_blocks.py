"""A block of labelled personal details, as German, Portuguese, Spanish and French CVs write
it ("Persönliche Daten", "Dados pessoais", "Datos personales", "Données personnelles"): the
name, phone, email and town come from it, wherever it stands, and none of its lines is read
as a skill or a job (fictional résumés)."""
from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.personal_details import a_personal_detail
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor

GERMAN_FIRST = """Lebenslauf

Persönliche Daten
Name: Katharina Wöllner
Geburtsdatum: 14.03.1988
Anschrift: Lindenstraße 12, 80331 München
Telefon: +49 151 2345 6789
E-Mail: k.woellner@example.de
Staatsangehörigkeit: deutsch

Berufserfahrung
03/2019 – heute
Elektronikerin für Betriebstechnik, Siemens AG, München
- Wartung von SPS-Anlagen

Kenntnisse
SPS, AutoCAD
"""

PORTUGUESE_FIRST = """CURRÍCULO

Dados pessoais
Nome: João Pedro Carvalho
Data de nascimento: 02/07/1990
Morada: Rua das Flores 45, 4050-262 Porto
Telemóvel: +351 912 345 678
Email: joao.carvalho@example.pt
Nacionalidade: Portuguesa

Experiência profissional
jan. 2019 – atual
Técnico de Contabilidade, Deloitte, Porto
"""

GERMAN_LAST = """Jonas Becker
Lagerist

Berufserfahrung
04/2016 – heute
Lagerist, DHL Supply Chain, Bremen
- Kommissionierung mit Scanner

Kenntnisse
SPS, AutoCAD

Angaben zur Person
Geburtsdatum: 02.05.1990
Anschrift: Hauptstraße 5, 28195 Bremen
Telefon: 0421 1234567
E-Mail: jonas.becker@example.de
Staatsangehörigkeit: deutsch
Familienstand: verheiratet
"""

FRENCH_LAST = """Sophie Martin
Aide-soignante

Expérience professionnelle
2015 – présent : Aide-soignante, EHPAD Les Tilleuls, Nantes

Compétences
SPS, AutoCAD

Données personnelles
Date de naissance : 12/04/1987
Adresse : 4 rue de la Paix, 44000 Nantes
Téléphone : 06 11 22 33 44
Email : sophie.martin@example.fr
Nationalité : française
"""

SPANISH_UNDER_SKILLS = """Lucía Fernández Ruiz

Experiencia laboral
mayo 2017 - actualidad
Cocinera, Restaurante Botín, Madrid

Habilidades
SPS, AutoCAD
Fecha de nacimiento: 21/09/1992
Dirección: Calle Mayor 8, 28013 Madrid
Teléfono: +34 612 345 678
Nacionalidad: española
Estado civil: soltera
"""


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    tax = SkillTaxonomy(["SPS", "AutoCAD"], {"sps": (0, True), "autocad": (1, False)}, [frozenset()] * 2, [frozenset()] * 2,
                        kinds=[SkillKind.TOOL] * 2)
    return RuleBasedResumeParser(TaxonomySkillExtractor(tax), today=lambda: date(2025, 1, 1))


@pytest.mark.parametrize("text, name, phone, email, town", [
    (GERMAN_FIRST, "Katharina Wöllner", "+49 151 2345 6789", "k.woellner@example.de", "München"),
    (PORTUGUESE_FIRST, "João Pedro Carvalho", "+351 912 345 678", "joao.carvalho@example.pt", "Porto"),
    (GERMAN_LAST, "Jonas Becker", "0421 1234567", "jonas.becker@example.de", "Bremen"),
    (FRENCH_LAST, "Sophie Martin", "06 11 22 33 44", "sophie.martin@example.fr", "Nantes"),
    (SPANISH_UNDER_SKILLS, "Lucía Fernández Ruiz", "+34 612 345 678", None, "Madrid"),
])
def test_contact_details_come_from_the_block(parser, text, name, phone, email, town):
    parsed = parser.parse_text(text)
    assert (parsed.name, parsed.phone, parsed.email, parsed.location) == (name, phone, email, town)


@pytest.mark.parametrize("text", [GERMAN_FIRST, PORTUGUESE_FIRST, GERMAN_LAST, FRENCH_LAST, SPANISH_UNDER_SKILLS])
def test_no_line_of_the_block_is_a_skill_or_a_job(parser, text):
    parsed = parser.parse_text(text)
    assert {s.name for s in parsed.skills} <= {"SPS", "AutoCAD"}
    assert len(parsed.experience) == 1
    described = "\n".join(filter(None, [e.description or "" for e in parsed.experience] + [e.title or "" for e in parsed.experience]))
    assert not any(word in described for word in ("Geburtsdatum", "naissance", "nacimiento", "Nacionalidade"))


@pytest.mark.parametrize("given, family, name", [
    ("Vorname: Anna", "Nachname: Schmidt", "Anna Schmidt"),
    ("Prénom : Camille", "Nom : Dubois", "Camille Dubois"),
    ("Nome: João Pedro", "Apelidos: Carvalho Mendes", "João Pedro Carvalho Mendes"),
    ("First name: Aroha", "Surname: Ngata", "Aroha Ngata"),
    ("First Names: Sipho Andile", "Surname: Dlamini", "Sipho Andile Dlamini"),
    ("Christian names: Kwame Kofi", "Surname: Mensah", "Kwame Kofi Mensah"),
])
def test_a_name_given_in_two_labelled_lines_is_the_whole_name(parser, given, family, name):
    text = (f"Persönliche Daten\n{given}\n{family}\nGeburtsdatum: 01.01.1990\nE-Mail: someone@example.org\n\n"
            "Berufserfahrung\n2015 – heute Erzieherin, Kita Sonnenschein, Köln\n")
    assert parser.parse_text(text).name == name


@pytest.mark.parametrize("line", ["Mobile: iOS, Android", "Mobil: Flutter", "Email: Outlook, Mailchimp"])
def test_a_skill_line_under_a_contact_word_stays_a_skill(line):
    assert not a_personal_detail(line)
