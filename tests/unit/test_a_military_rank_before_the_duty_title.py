"""A service member's rank with its pay grade before the duty title ("Petty Officer (E-5),
Logistics Specialist") is neither the title nor the employer: the service named above is the
employer (fictional résumés)."""
import asyncio

from adapters.embedded.parsing.header_lines import without_a_rank
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

RESUME = """Tomas Reyes
Norfolk, VA | (757) 555-0188

MILITARY EXPERIENCE
United States Navy — Naval Station Norfolk, VA
Petty Officer Second Class (E-5), Logistics Specialist | 2015 – 2021
• Ran the ship's parts inventory

CIVILIAN EXPERIENCE
Home Depot — Chesapeake, VA
Inventory Lead | 2021 – Present
"""


def test_the_service_above_a_rank_and_title_is_the_employer():
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(RESUME))
    assert [(e.title, e.company) for e in parsed.experience] == [
        ("Logistics Specialist", "United States Navy"), ("Inventory Lead", "Home Depot")]


def test_only_a_rank_with_its_pay_grade_is_left_out():
    assert without_a_rank("Captain (O-3) – Company Commander | 2010 – 2014") == "Company Commander | 2010 – 2014"
    assert without_a_rank("Senior Engineer (Level 3), Acme Ltd") == "Senior Engineer (Level 3), Acme Ltd"
    assert without_a_rank("Sergeant (E-5)") == "Sergeant (E-5)"
