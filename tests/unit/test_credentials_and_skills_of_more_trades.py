"""Credentials and trade skills many résumés name, in their usual spellings: police checks,
English tests, WHMIS, HIV testing and counselling, oral health education, bar bending
schedules, statutory audit (spellings invented for the test, as candidates write them)."""
import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.skills import SkillKind

_EXTRACTOR = EmbeddedSkillExtractor()


@pytest.mark.parametrize(("written", "canonical", "kind"), [
    ("national police check", "Police check", SkillKind.CERTIFICATION),
    ("Police clearance certificate", "Police check", SkillKind.CERTIFICATION),
    ("IELTS Academic", "IELTS", SkillKind.CERTIFICATION),
    ("TOEIC", "TOEIC", SkillKind.CERTIFICATION),
    ("WHMIS 2015", "WHMIS", SkillKind.CERTIFICATION),
    ("HIV counselling and testing", "HIV testing and counselling", SkillKind.SKILL),
    ("oral hygiene instruction", "Oral health education", SkillKind.SKILL),
    ("bar bending schedules", "Bar bending schedules", SkillKind.SKILL),
    ("statutory audits", "Statutory audit", SkillKind.SKILL),
])
def test_the_spelling_reads_as_its_credential_or_skill(written, canonical, kind):
    assert _EXTRACTOR.canonical(written) == canonical
    assert _EXTRACTOR.kind(canonical) is kind


def test_a_trade_skill_in_a_sentence_of_duties():
    names = {m.name for m in _EXTRACTOR.mentions("Prepared bar bending schedules for the podium slabs")}
    assert "Bar bending schedules" in names
