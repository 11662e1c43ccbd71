"""The older Europass form (each field a label and its value on one line with no colon) and a job
whose title line alone is labelled ("Puesto: ...") under a bare employer line (fictional résumés)."""
import asyncio

from adapters.embedded.parsing.europass_labels import europass_labels_read
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _parse(text):
    return asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))


OLD_FORM = """Europass
Curriculum Vitae

Personal information
Surname(s) / First name(s)      Varga Tamara
Address(es)                     Kossuth utca 3, 7621 Pécs, Hungary
Telephone(s)                    +36 30 555 0101
Nationality                     Hungarian

Work experience

Dates                           May 2018 - present
Occupation or position held     Pastry Cook
Main activities and responsibilities   Laminated doughs, plated desserts, stock rotation
Name and address of employer    Zsolnay Hotel Kft., Felső utca 9, Pécs
Type of business or sector      Hospitality

Dates                           June 2014 - April 2018
Occupation or position held     Kitchen Porter
Main activities and responsibilities   Dishwashing, deliveries
Name and address of employer    Mecsek Catering Bt., Pécs

Education and training

Dates                           2010 - 2014
Title of qualification awarded  Vocational Certificate in Confectionery
Name and type of organisation providing education and training   Pécsi Szakképzési Centrum, Pécs
"""


def test_the_old_europass_labels_lead_to_their_fields():
    parsed = _parse(OLD_FORM)
    assert parsed.name == "Varga Tamara"
    jobs = [(e.title, e.company) for e in parsed.experience]
    assert jobs == [("Pastry Cook", "Zsolnay Hotel Kft."), ("Kitchen Porter", "Mecsek Catering Bt.")]
    assert [(e.institution, e.degree) for e in parsed.education][0][1] == "Vocational Certificate in Confectionery"
    assert parsed.education[0].institution.startswith("Pécsi Szakképzési Centrum")


def test_a_lone_dates_label_is_no_europass_form():
    text = "Dates  2019 - 2020\nCook at Hotel Alba"
    assert europass_labels_read(text) == text


SPANISH = """Rosa Elena Quintero Díaz
Guadalajara, Jalisco | 33 1234 5678

EXPERIENCIA LABORAL
Panificadora La Espiga S.A. de C.V.
Puesto: Panadera
Fecha: Febrero 2019 – Actual
Funciones: Elaboración de pan dulce y bolillo.

Comercializadora Tapatía
Puesto: Cajera
Fecha: Junio 2015 – Enero 2019

ESCOLARIDAD
Técnico en Panadería – Instituto de Capacitación de Jalisco (2014)
"""


def test_a_labelled_title_under_a_bare_employer_line_and_a_labelled_date():
    parsed = _parse(SPANISH)
    jobs = [(e.title, e.company, e.start_date) for e in parsed.experience]
    assert jobs == [("Panadera", "Panificadora La Espiga S.A. de C.V.", "2019-02"),
                    ("Cajera", "Comercializadora Tapatía", "2015-06")]


def test_escolaridad_heads_the_education():
    parsed = _parse(SPANISH)
    assert [(e.institution, e.degree, e.graduation_year) for e in parsed.education] == [
        ("Instituto de Capacitación de Jalisco", "Técnico en Panadería", 2014)]
