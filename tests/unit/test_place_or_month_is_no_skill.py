"""A skills section that runs on into an address or a date line (fictional): a region, a
country or a month alone is no skill ("Maharashtra", "Deutschland", "September"); the items
beside it still are, and a short capitalised record name that spells a month ("MAR") stays."""
from datetime import date

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def test_a_region_country_or_month_in_a_skills_list_is_no_skill():
    parser = RuleBasedResumeParser(EmbeddedSkillExtractor(), today=lambda: date(2026, 1, 1))
    text = ("Ravi Kulkarni\nravi.k@example.in\n\nSKILLS\nTally ERP; Payroll processing; GST filing; Wound care; MAR\n"
            "Willing to relocate to: Nagpur, Maharashtra\nPreferred region: Hessen, Deutschland\n"
            "Available to start: September\n")
    names = {s.name for s in parser.parse_text(text).skills}
    assert {"Payroll processing", "GST filing", "Wound care", "MAR"} <= names
    assert not {"Maharashtra", "Hessen", "Deutschland", "September"} & names
