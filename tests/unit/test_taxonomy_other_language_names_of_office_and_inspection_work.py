"""Bank reconciliation, accounts payable and receivable, quality inspection, first aid and the
tachograph named in other languages (other_language_names.tsv) are the English skills."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


@pytest.mark.parametrize(("written", "english"), [
    ("Conciliación bancaria", "bank reconciliation"),
    ("Rapprochements bancaires", "bank reconciliation"),
    ("Kontenabstimmung", "bank reconciliation"),
    ("Conciliação bancária", "bank reconciliation"),
    ("Cuentas por cobrar", "accounts receivable"),
    ("Kreditorenbuchhaltung", "accounts payable"),
    ("Inspección visual", "quality inspection"),
    ("Sichtprüfung", "quality inspection"),
    ("Kiểm tra ngoại quan", "quality inspection"),
    ("İlk yardım", "Erste Hilfe"),
    ("Takograf", "tachograph"),
])
def test_an_office_or_inspection_skill_in_another_language_is_the_english_one(skills, written, english):
    found = skills.extract(written, skills_context=True)
    assert found and found == skills.extract(english, skills_context=True)


def test_a_sentence_names_a_reconciliation_in_spanish(skills):
    found = skills.extract("Realicé conciliaciones bancarias y cierres contables cada mes.")
    assert "Reconciliations" in found
