"""A job's duties under a label ("Job Profile:", "Duties:", "Funciones:") listing two of a
trade's words are the work done, though a skills section lists others; the same two words in
an unlabelled sentence stay words of the story (fictional résumés)."""
import asyncio

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor


def _skills(duties):
    text = f"""Sunil Mehra
Indore, Madhya Pradesh

Work Experience:
Company: Malwa Agro Foods Pvt. Ltd.
Designation: Junior Accountant
Duration: May 2017 to till date
{duties}

Computer Skills:
Tally Prime, MS Word
"""
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(text))
    return [s.name.lower() for s in parsed.skills]


def test_a_labelled_list_of_duties_adds_its_trade_words():
    skills = _skills("Job Profile: Vendor payments, bank reconciliations, accounts payable.")
    assert "bank reconciliations" in skills or "reconciliations" in skills


def test_the_same_words_unlabelled_in_a_story_add_nothing():
    skills = _skills("Vendor payments, bank reconciliations, accounts payable went to the head office in 2019.")
    assert not [s for s in skills if "reconciliation" in s or "payable" in s]
