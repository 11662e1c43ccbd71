"""The licence a person works under is often written only on the title line under their
name ("Senior Accountant, CPA"): it is one of their skills, so a posting that requires it is
not told they lack it. Only known credentials count; other letters there are no skills."""
from datetime import date

import pytest

from adapters.embedded.parsing.contact import parse_contact
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

ACCOUNTANT = """Priya Shah
Senior Accountant, CPA
Boston, MA | priya.shah@example.com | 617-555-0142

SUMMARY
Accountant with 8 years in general ledger and month-end close.

EXPERIENCE
Senior Accountant, Deloitte, Boston, MA
April 2018 - Present
- Month-end close and account reconciliations

SKILLS
GAAP, general ledger, account reconciliation, QuickBooks
"""


@pytest.fixture(scope="module")
def parser() -> RuleBasedResumeParser:
    return RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 12, 1))


def test_a_credential_on_the_title_line_under_the_name_is_a_skill(parser):
    skills = [s.name for s in parser.parse_text(ACCOUNTANT).skills]
    assert any("CPA" in name or "Certified Public Accountant" in name for name in skills), skills


@pytest.mark.parametrize("headline, letters", [
    ("Senior Accountant, CPA", ("CPA",)),
    ("Staff Nurse, RN, BSN", ("RN", "BSN")),
    ("Boston, MA", ()),                       # a place, not a title with letters
    ("Head Chef", ()),
    ("Chicago, IL | maria@example.com", ()),  # a contact line
])
def test_only_a_title_naming_an_occupation_gives_letters(headline, letters):
    text = f"Sam Okafor\n{headline}\n"
    assert parse_contact(text, text.splitlines()).letters_after_headline == letters
