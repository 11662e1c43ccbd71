"""A qualifications table's column names ("Board/University") and a lone "standard" name no
skill: the taxonomy no longer reads those words as a scaffold's parts (fictional résumé)."""
import asyncio

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

RESUME = """Priyanka Deshmukh
Nagpur, Maharashtra | +91 98220 12345

Educational Qualification:
Course | Board/University | Year | Percentage
B.Com | RTM Nagpur University | 2016 | 67%
HSC | Maharashtra State Board | 2013 | 71%

Professional Training:
Diploma in Taxation from Board of Practical Training

Work Experience:
Company: Vidarbha Traders Pvt. Ltd.
Designation: Accounts Executive
Duration: July 2016 to till date

Skills:
Tally Prime, MS Excel, GST filing
"""


def test_no_skill_is_read_from_a_column_named_board():
    parsed = asyncio.run(RuleBasedResumeParser(EmbeddedSkillExtractor()).parse(RESUME))
    names = [s.name.lower() for s in parsed.skills]
    assert not [n for n in names if n in ("board", "scaffolding components")]


def test_the_generic_words_are_no_aliases():
    extractor = EmbeddedSkillExtractor()
    for word in ("Board", "standard", "Pole", "tie"):
        assert extractor.canonical(word) != "scaffolding components", word
