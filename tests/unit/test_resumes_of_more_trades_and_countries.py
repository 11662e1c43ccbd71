"""Whole résumés of more trades, countries and layouts (fictional people, in
tests/fixtures/resumes_of_more_trades): a Filipino nurse whose title names her ward, a Canadian
plumber whose employer's town is too small for the gazetteer of names, a South African in
capitals, a Dutch and a Spanish employer with a small town after the legal form, a Polish
vocational title, and Japanese and Korean education lines. Each field the held-out sets score is read."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "resumes_of_more_trades"

# file -> (name, employers, titles, (school, degree, year) of the first education entry)
Education = tuple[str | None, str | None, int | None]
EXPECTED: dict[str, tuple[str | None, list[str] | None, list[str] | None, Education | None]] = {
    "ph_nurse": ("Maria Clarissa Reyes", ["St. Luke's Medical Center", "Philippine General Hospital"],
                 ["Staff Nurse", "Ward Nurse"], None),
    "ng_accountant": ("Chukwuemeka Obi", ["Dangote Cement Plc", "PricewaterhouseCoopers"],
                      ["Senior Accountant", "Audit Associate"], ("University of Nigeria", "B.Sc. Accounting", 2013)),
    "br_chef": ("Rafael Souza Lima", ["Restaurante Fasano", "Hotel Unique"], ["Chef de Cozinha", "Sous Chef"],
                ("Universidade Anhembi Morumbi", "Tecnólogo em Gastronomia", 2012)),
    "pl_driver": ("Krzysztof Nowak", ["Raben Transport Sp. z o.o.", "Trans-Pol s.c."], ["Kierowca C+E", "Kierowca kat. C"],
                  ("Technikum Samochodowe w Poznaniu", "technik pojazdów samochodowych", 2011)),
    "it_electrician": ("Giuseppe Russo", ["Siemens S.p.A.", "Impianti Bianchi S.r.l."],
                       ["Elettricista industriale", "Apprendista elettricista"],
                       ("ITIS Ettore Molinari", "Diploma di Perito Elettrotecnico", 2014)),
    "fr_teacher": ("Camille Dubois", ["École élémentaire Jean Jaurès", "Collège Jean Moulin"],
                   ["Professeure des écoles", "Professeure contractuelle"],
                   ("Université Claude Bernard Lyon 1", "Master MEEF", 2015)),
    "ke_teacher": ("Wanjiru Kamau", ["Alliance High School", "Moi Forces Academy"],
                   ["Teacher of Mathematics and Physics", "Intern Teacher"],
                   ("Kenyatta University", "Bachelor of Education (Science)", 2013)),
    "ca_plumber": ("Derek MacDonald", ["Lakeside Mechanical Ltd.", "Northern Plumbing & Heating Inc."],
                   ["PLUMBER, JOURNEYPERSON", "PLUMBING APPRENTICE"], None),
    "in_pharmacist": ("Sneha Patil", ["Apollo Pharmacy", "Ruby Hall Clinic"], ["Pharmacist", "Trainee Pharmacist"],
                      ("Savitribai Phule Pune University", "B.Pharm", 2017)),
    "mx_warehouse": ("José Luis Hernández García", ["Grupo Bimbo S.A.B. de C.V.", "Liverpool"],
                     ["Supervisor de Almacén", "Montacarguista"],
                     ("Universidad Autónoma de Nuevo León", "Licenciatura en Administración", 2013)),
    "de_mechatronic_twocol": ("Jonas Becker", ["Robert Bosch GmbH", "Daimler AG"],
                              ["Mechatroniker", "Auszubildender Mechatroniker"],
                              ("Gewerbliche Schule Sindelfingen", "Ausbildung zum Mechatroniker", 2017)),
    "za_miner_caps": ("Thabo Mokoena", ["IMPALA PLATINUM LTD", "LONMIN PLC"], ["SAFETY OFFICER", "SHIFT SUPERVISOR"],
                      ("UNIVERSITY OF JOHANNESBURG", "NATIONAL DIPLOMA IN SAFETY MANAGEMENT", 2013)),
    "nl_technician": ("Sanne de Vries", ["Jansen Installatietechniek B.V.", "Van der Heijden Techniek B.V."],
                      ["Servicemonteur", "Monteur"], ("Summa College", "MBO Elektrotechniek niveau 4", 2014)),
    "es_operator": ("Lucía Martínez Pérez", ["Ford España", "Mercadona S.A."], ["Operaria de línea", "Carretillera"],
                    ("IES Benicalap", "Técnico en Electromecánica de Vehículos", 2011)),
    "jp_engineer": (None, None, None, ("東京大学", None, 2012)),
    "kr_researcher": (None, None, None, ("서울대학교", "학사", 2019)),
}


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 12, 1))


@pytest.mark.parametrize("resume", EXPECTED)
def test_each_scored_field_is_read(parser, resume):
    name, employers, titles, education = EXPECTED[resume]
    parsed = parser.parse_text((FIXTURES / f"{resume}.txt").read_text(encoding="utf-8"))
    if name is not None:
        assert parsed.name == name
    if employers is not None:
        assert [e.company for e in parsed.experience] == employers
    if titles is not None:
        assert [e.title for e in parsed.experience] == titles
    if education is not None:
        first = parsed.education[0]
        assert (first.institution, first.degree, first.graduation_year) == education
