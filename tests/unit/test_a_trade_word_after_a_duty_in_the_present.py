"""Duties written in the present ("Perform ...", "Handles ...", "Preparing ...") make the trade's
word after them the person's skill, as a past-tense deed does ("Prepared ..."); a word that is
also a noun ("Service", "Process") is no such verb (fictional résumés)."""
import asyncio

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.skill_word_cues import object_of_a_duty

RESUME = """Curtis Varnell
Tulsa, OK | (918) 555-0134

EXPERIENCE
Regional Truck Driver — Ozark Plains Haulage, Tulsa, OK
2019 – Present
• Perform pre-trip inspections before every run
• Deliver building supplies to job sites across three states

SKILLS
Defensive driving, Route planning
"""


def test_a_trade_word_after_a_present_duty_is_a_skill():
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(RESUME))
    assert "Pre-trip inspection" in [s.name for s in parsed.skills] or \
        any("pre-trip" in s.name.lower() for s in parsed.skills)


def test_present_forms_of_duties_and_nouns_that_are_no_duty():
    assert object_of_a_duty(["Perform"]) and object_of_a_duty(["Handles"]) and object_of_a_duty(["Preparing"])
    assert object_of_a_duty(["Administers"]) and object_of_a_duty(["Prepared"])
    assert not object_of_a_duty(["Service"]) and not object_of_a_duty(["Process"]) and not object_of_a_duty(["the"])
