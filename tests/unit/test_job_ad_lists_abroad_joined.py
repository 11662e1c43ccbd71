"""Lists under labels of other languages (invented lines): their own words for "and" and "or"
join items ("e", "o", "en", "of") only under such a label, and the words for "knowledge of"
before a skill are no part of its name."""
import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_ad_spans import job_ad_mentions

_SKILLS = EmbeddedSkillExtractor()


def spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in job_ad_mentions(text, _SKILLS)]


@pytest.mark.parametrize("text, items", [
    ("Requisitos: PowerPoint e Outlook, experiência em vendas", ["PowerPoint", "Outlook"]),
    ("Requisiti: AutoCAD o Revit", ["AutoCAD", "Revit"]),
    ("Vereisten: VCA en NEN 3140, rijbewijs C", ["VCA", "NEN 3140"]),
    ("Profiel: AutoCAD of Revit, rijbewijs B", ["AutoCAD", "Revit"]),
    ("Vereisten:\n- SAP en Excel", ["SAP", "Excel"]),
])
def test_the_languages_own_joins_part_the_items(text, items):
    found = spans(text)
    assert all(item in found for item in items), found


@pytest.mark.parametrize("text, item", [
    ("Requisiti: conoscenza del pacchetto Office, patente B", "pacchetto Office"),
    ("Requisitos: conocimientos de AutoCAD, carnet de conducir", "AutoCAD"),
    ("Functie-eisen: kennis van SAP, rijbewijs B", "SAP"),
])
def test_knowledge_of_is_no_part_of_the_skills_name(text, item):
    assert item in spans(text)


def test_a_lone_e_or_o_in_english_joins_nothing():
    assert not any(s in ("Vitamin", "Plan") for s in spans("Requirements: Plan o Matic"))


def test_handling_a_product_is_knowing_it_handling_a_system_is_a_duty():
    assert "Photoshop" in spans("Requisitos: dominio de Photoshop, carnet B")
    assert "manejo de maquinaria pesada" in spans("Requisitos: manejo de maquinaria pesada, carnet C")


def test_or_similar_abroad_is_no_item():
    found = spans("Requisitos: Grado en Enfermería o equivalente, carnet B")
    assert "equivalente" not in found and "Grado en Enfermería" in found
