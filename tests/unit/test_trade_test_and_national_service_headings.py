"""Headings of trades and countries the English families did not name (fictional lines): a
South African "TRADE TEST" section lists credentials, kept as written; "National Service" and
"Military Service" are postings read like jobs. "Customer Service" and "Test Automation" stay
no headings."""
from datetime import date

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.sections import heading_of
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.skills import SkillKind


@pytest.mark.parametrize("heading, name", [
    ("TRADE TEST", "certifications"), ("Trade Tests", "certifications"),
    ("NATIONAL SERVICE", "experience"), ("Military Service", "experience"),
])
def test_headings_of_trades_and_service(heading, name):
    assert heading_of(heading) == (name, "")


@pytest.mark.parametrize("line", ["Customer Service", "Test Automation"])
def test_skill_lines_are_no_headings(line):
    assert heading_of(line) is None


def test_a_trade_test_section_keeps_its_licences():
    parser = RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 1, 1))
    text = ("Lerato Mokoena\nlerato@example.co.za\n\nEDUCATION\nN2 Electrical Engineering, Tshwane South TVET College, 2012\n\n"
            "TRADE TEST\nWireman's Licence\n")
    parsed = parser.parse_text(text)
    assert "Wireman's Licence" in {s.name for s in parsed.skills if s.kind is SkillKind.CERTIFICATION}
    assert len(parsed.education) == 1


@pytest.mark.parametrize("heading, name", [("CAPACITACIÓN", "certifications"), ("Capacitaciones", "certifications"),
                                           ("CAPACITÀ", "skills")])
def test_spanish_training_is_no_italian_abilities(heading, name):
    assert heading_of(heading) == (name, "")
