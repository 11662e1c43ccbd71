"""Job headers of more layouts: "Empresa: / Cargo: / Período:" lines (Brazil, Spain), the
Portuguese "atualidade" for the present, a town after a dash closing "Title, Employer"
one-liners, and roles listed under an employer written once (fictional résumés)."""
import asyncio

from adapters.embedded.parsing.experience import parse_experience
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _jobs(section):
    entries, _ = parse_experience(section)
    return [(e.title, e.company) for e in entries]


def test_employer_labelled_empresa_loses_its_label():
    section = ("Empresa: Companhia Siderúrgica Nacional\nCargo: Mecânico de Manutenção\nPeríodo: 03/2016 a 08/2022\n\n"
               "Empresa: Gerdau S.A.\nCargo: Ajudante de Mecânico\nPeríodo: 01/2012 a 02/2016\n")
    assert _jobs(section) == [("Mecânico de Manutenção", "Companhia Siderúrgica Nacional"),
                              ("Ajudante de Mecânico", "Gerdau S.A.")]


def test_atualidade_is_the_present():
    entries, _ = parse_experience("Técnica de Enfermagem – Hospital da Luz (2020 – atualidade)\n")
    assert [(e.title, e.company, e.start_date, e.current) for e in entries] == [
        ("Técnica de Enfermagem", "Hospital da Luz", "2020", True)]


def test_a_town_after_a_dash_is_the_job_s_place_not_its_employer():
    entries, _ = parse_experience("Structural Engineer, Arup — Melbourne (2018–now)\n"
                                  "Graduate Engineer, WSP — Perth (2015–2018)\n")
    assert [(e.title, e.company, e.location) for e in entries] == [
        ("Structural Engineer", "Arup", "Melbourne"), ("Graduate Engineer", "WSP", "Perth")]


def test_roles_under_one_employer_share_it():
    section = ("PwC – Auckland\nAssurance Manager, 2020 – Present\nSenior Associate, 2017 – 2020\n"
               "• Led audits of listed companies.\nAssociate, 2015 – 2017\n")
    assert _jobs(section)[:2] == [("Assurance Manager", "PwC"), ("Senior Associate", "PwC")]


def test_a_role_after_duties_or_a_whole_job_line_shares_no_employer():
    section = ("PwC – Auckland\nSenior Associate, 2017 – 2020\n• Led audits of listed companies.\n"
               "Associate, 2015 – 2017\n")
    assert _jobs(section)[1] == ("Associate", None)
    whole = "Foreman, Hale Builders, Cork - 2012 to 2015\nLabourer, 2010 - 2012\n"
    assert _jobs(whole) == [("Foreman", "Hale Builders"), ("Labourer", None)]


def test_a_whole_resume_with_portuguese_labels():
    text = ("Carlos Eduardo Lima\nSoldador\n\nEXPERIÊNCIA\nEmpresa: Embraer S.A.\nCargo: Soldador TIG\n"
            "Período: 2017 a 2023\n")
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))
    assert [(e.title, e.company) for e in parsed.experience] == [("Soldador TIG", "Embraer S.A.")]
