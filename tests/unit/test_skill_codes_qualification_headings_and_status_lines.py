"""A regulation's code keeps its number ("NR-10" is no "NR"); "Qualificações" and
"Cualificaciones" head the tickets and skills held, as German "Qualifikationen" does; a line
of the right to work and a Spanish "Otros datos" block are no skills (fictional résumés)."""
import asyncio

from adapters.embedded.parsing.heading_languages import foreign_meaning
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.personal_details import a_personal_detail
from adapters.embedded.parsing.skill_names import without_version, without_version_unless_a_code
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _skills(text):
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))
    return [s.name for s in parsed.skills]


def test_a_code_keeps_its_number_and_a_product_loses_its_version():
    assert without_version_unless_a_code("NR-33") == "NR-33"
    assert without_version_unless_a_code("EN 1090") == "EN 1090"
    assert without_version_unless_a_code("Primavera P6 2019") == without_version("Primavera P6 2019")


def test_brazilian_regulations_listed_are_each_kept():
    skills = _skills("Paulo Henrique Souza\nEletricista\n\nHABILIDADES\nNR-10, NR-33, NR 35, Painéis elétricos\n")
    assert {"NR-10", "NR-33", "NR 35"} <= set(skills)
    assert "NR" not in skills


def test_qualifications_in_portuguese_and_spanish_head_skills():
    assert foreign_meaning("QUALIFICAÇÕES") == "skills"
    assert foreign_meaning("Cualificaciones profesionales") == "skills"
    skills = _skills("Ana Beatriz Rocha\nTécnica em Segurança\n\nQUALIFICAÇÕES\n- NR-35 Trabalho em Altura\n"
                     "- Inspeção de andaimes\n\nEXPERIÊNCIA\nTécnica em Segurança - Vale S.A. - 2018 a 2022\n")
    assert "Inspeção de andaimes" in skills


def test_a_right_to_work_line_is_a_personal_detail():
    assert a_personal_detail("Right to work: Skilled Worker visa")
    assert a_personal_detail("Notice period: 4 weeks")
    assert not a_personal_detail("Work ethic: reliable")
    skills = _skills("Kwame Asante\nSupport Worker\n\nSKILLS\nPersonal care, Safeguarding adults\n"
                     "Right to work: Health and Care Worker visa\n")
    assert not [s for s in skills if "visa" in s.casefold() or s == "Health"]


def test_otros_datos_closes_the_skills_before_it():
    assert foreign_meaning("Otros datos") == "other"
    skills = _skills("Lucía Navarro Gil\nCamarera\n\nHabilidades\nAtención al cliente, Coctelería\n\n"
                     "Otros datos\nDisponibilidad inmediata. Vehículo propio.\n")
    assert "Coctelería" in skills
    assert not [s for s in skills if "Disponibilidad" in s or "Otros" in s]
