"""Skills of more trades are read in the languages job ads and résumés are written in
(adapters/embedded/skills/other_language_names.tsv): a midwife's, a pharmacist's, a baker's, an
auditor's, an HVAC technician's, a physiotherapist's, a painter's, a dental assistant's and a
carer's skills named in German, French, Spanish, Italian or Polish are the English ones."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


@pytest.mark.parametrize(("written", "english"), [
    ("Geburtshilfe", "Midwifery"),
    ("Schwangerenvorsorge", "Antenatal care"),
    ("Suites de couches", "Postnatal care"),
    ("Lactancia materna", "Lactation"),
    ("Arzneimittelberatung", "Pharmaceutical advice"),
    ("Conseil pharmaceutique", "Pharmaceutical advice"),
    ("Panificación", "Baking"),
    ("Panification", "Baking"),
    ("Repostería", "Pastry"),
    ("Wirtschaftsprüfung", "Auditing"),
    ("Audit financier", "Auditing"),
    ("Auditoría interna", "Internal auditing"),
    ("Normas NIIF", "IFRS"),
    ("Kältetechnik", "HVAC"),
    ("Froid et climatisation", "HVAC"),
    ("Climatización", "Air conditioning"),
    ("Lectura de planos", "Blueprint reading"),
    ("Lesen technischer Zeichnungen", "Blueprint reading"),
    ("Corte por plasma", "Plasma cutting torch operation"),
    ("Krankengymnastik", "Physiotherapy"),
    ("Terapia manual", "Manual therapy"),
    ("Malerarbeiten", "Painting techniques"),
    ("Trockenbau", "Drywall"),
    ("Stuhlassistenz", "Chairside assisting"),
    ("Soins palliatifs", "Palliative care"),
    ("Demenzbetreuung", "Dementia care"),
    ("Controllo delle infezioni", "Infection control"),
    ("Tenue de caisse", "Cash handling"),
    ("Sozialversicherungsrecht", "Social security law"),
    ("Entgeltabrechnung", "Payroll"),
    ("Finanzbuchhaltung", "Bookkeeping"),
])
def test_a_trades_skill_in_another_language_is_read_as_the_english_one(skills, written, english):
    found = skills.extract(written, skills_context=True)
    assert found and found == skills.extract(english, skills_context=True)
