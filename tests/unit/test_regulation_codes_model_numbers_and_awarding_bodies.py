"""A training listed by its regulation's code keeps the code ("NR-10 – Segurança em ..." under
"Cursos e Treinamentos"); a model's number stays on its code ("Siemens S7-1200" is no "S7"); a
credential and the body that grants it on one line are one entry ("Chartered Professional
Accountant (CPA), CPA Ontario, 2019"); Poland's vocational titles are qualifications and titles
capitalised too ("Technik logistyk") (fictional résumés)."""
import asyncio

from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.job_titles import title_score
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.skill_names import a_cited_code, without_version
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _skills(text):
    return [s.name for s in asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text)).skills]


def _education(text):
    return [(e.degree, e.institution, e.graduation_year) for e in parse_education(text)]


def test_a_training_under_its_regulation_s_code_is_named_by_the_code():
    skills = _skills("Carlos Eduardo Santos\nEletricista\n\nCursos e Treinamentos\n"
                     "NR-10 – Segurança em Instalações e Serviços em Eletricidade (SENAI, 2019)\n"
                     "NR-35 - Trabalho em Altura - 2021\n")
    assert {"NR-10", "NR-35"} <= set(skills)


def test_a_code_is_no_year_nor_covid():
    assert a_cited_code("ISO 9001 Internal Auditor") == "ISO 9001"
    assert a_cited_code("JAN 2019 Induction") is None
    assert a_cited_code("COVID-19 Awareness") is None
    assert a_cited_code("Fire Safety Level 2") is None


def test_a_model_number_stays_on_its_code():
    assert without_version("CLP Siemens S7-1200") == "CLP Siemens S7-1200"
    assert without_version("Java 17") == "Java"
    assert "CLP Siemens S7-1200" in _skills("Rodrigo Alves\nTécnico\n\nHABILIDADES\nComandos elétricos, CLP Siemens S7-1200\n")


def test_a_credential_and_its_body_on_one_line_are_one_entry():
    assert _education("Chartered Professional Accountant (CPA), CPA Ontario, 2019") == [
        ("Chartered Professional Accountant (CPA)", "CPA Ontario", 2019)]
    assert _education("Certified Public Accountant, CPA Ontario, 2019") == [
        ("Certified Public Accountant", "CPA Ontario", 2019)]
    assert _education("CPA, CPA Australia, 2018") == [("CPA", "CPA Australia", 2018)]
    assert _education("MBA, IIM Ahmedabad, 2015") == [("MBA", "IIM Ahmedabad", 2015)]


def test_a_capitalised_polish_vocational_title_is_a_qualification_and_a_title():
    assert _education("Zespół Szkół Zawodowych nr 2, Poznań — Technik logistyk, 2003") == [
        ("Technik logistyk", "Zespół Szkół Zawodowych nr 2", 2003)]
    assert _education("Hochschule für Technik und Wirtschaft Berlin, 2010") == [
        (None, "Hochschule für Technik und Wirtschaft Berlin", 2010)]
    assert title_score("Technik logistyk") > 0
