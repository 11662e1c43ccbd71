"""Degrees, schools and trainings of more countries (fictional lines): Latin America's and
Iberia's postgraduate courses, France's CAP/BEP and brevet, Brazil's PUC universities (not
India's PUC), Poland's Uniwersytet and Politechnika, France's IFAS; a training named by its
initials spelled out ("MOPP – Movimentação Operacional de Produtos Perigosos") and a course's
number ("City & Guilds 2391-52")."""
from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.education_parts import classify
from adapters.embedded.parsing.skill_names import a_cited_code, without_version


def _education(text):
    return [(e.degree, e.institution, e.graduation_year) for e in parse_education(text)]


def test_postgraduate_courses_and_french_certificates_are_degrees():
    for degree in ("Especialização em Educação Matemática", "Pós-Graduação em Engenharia de Segurança",
                   "Especialización en Finanzas", "Maestría en Administración", "Tecnólogo em Logística",
                   "Brevet des collèges", "BEP Électrotechnique", "CAP Cuisine"):
        assert classify(degree) == "degree", degree


def test_brazil_s_puc_is_a_university_india_s_puc_a_class():
    assert _education("Especialização em Educação Matemática – PUC Minas – 2018") == [
        ("Especialização em Educação Matemática", "PUC Minas", 2018)]
    assert classify("PUC") == "degree" and classify("P.U.C.") == "degree" and classify("2nd PUC") == "degree"


def test_polish_and_french_schools_are_schools():
    assert _education("Uniwersytet Ekonomiczny w Krakowie – magister, Finanse i Rachunkowość (2012)") == [
        ("magister", "Uniwersytet Ekonomiczny w Krakowie", 2012)]
    assert _education("Politechnika Warszawska – inżynier, Budownictwo, 2015") == [("inżynier", "Politechnika Warszawska", 2015)]
    assert _education("2019   Diplôme d'État d'Aide-Soignant (DEAS), IFAS Croix-Rouge française, Paris") == [
        ("Diplôme d'État d'Aide-Soignant (DEAS)", "IFAS Croix-Rouge française", 2019)]


def test_a_training_s_initials_spelled_out_name_it():
    assert a_cited_code("MOPP – Movimentação Operacional de Produtos Perigosos (SEST SENAT, 2020)") == "MOPP"
    assert a_cited_code("ILS - Immediate Life Support") == "ILS"
    assert a_cited_code("HR - Payroll") is None


def test_a_course_number_after_its_scheme_s_is_no_version():
    assert without_version("City & Guilds 2391-52") == "City & Guilds 2391-52"
    assert without_version("Python 3.10") == "Python"
