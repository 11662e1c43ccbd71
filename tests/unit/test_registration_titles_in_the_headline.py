"""A professional title that is also a registration ("Registered Nurse", "Chartered
Accountant"), written as the headline under the name or in the summary, is the credential the
person works under when the taxonomy knows it as one, even beside a skills section; a title
that is only a job ("Head Chef", "Staff Nurse") gives no credential (fictional résumés)."""
from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.skills import SkillKind

EXTRACTOR = EmbeddedSkillExtractor()


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(EXTRACTOR, today=lambda: date(2026, 12, 1))


def _credentials(parser: RuleBasedResumeParser, headline: str, summary: str = "Caring and organised.") -> set[str]:
    text = (f"Amy Jones\n{headline}\namy.jones@example.com | 07700 900456\n\nPROFILE\n{summary}\n\n"
            "EXPERIENCE\nStaff Nurse, Leeds General Infirmary\n2018 - 2024\n- Medication rounds\n\n"
            "SKILLS\nWound care, Medication administration\n")
    return {EXTRACTOR.canonical(s.name) or s.name for s in parser.parse_text(text).skills
            if s.kind is SkillKind.CERTIFICATION}


@pytest.mark.parametrize("headline", ["Registered Nurse", "Chartered Accountant"])
def test_a_registration_as_the_headline_is_the_credential(parser, headline):
    assert EXTRACTOR.canonical(headline) in _credentials(parser, headline)


def test_a_registration_in_the_summary_is_the_credential(parser):
    found = _credentials(parser, "Staff Nurse", "NMC registered adult nurse with 6 years on acute wards.")
    assert found, found


@pytest.mark.parametrize("headline", ["Head Chef", "Staff Nurse"])
def test_a_job_title_as_the_headline_gives_no_credential(parser, headline):
    assert _credentials(parser, headline) == set()
