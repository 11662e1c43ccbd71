"""'Summary of Qualifications' and 'Highlights of Qualifications' (US résumés) open the
person's summary, not their education; plain or academic qualifications stay education."""
import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.parsing.sections import heading_of
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor


@pytest.mark.parametrize("line, section", [
    ("SUMMARY OF QUALIFICATIONS", "summary"), ("Highlights of Qualifications", "summary"),
    ("QUALIFICATIONS", "education"), ("Academic Qualifications", "education"),
    ("Educational Qualifications", "education"),
])
def test_what_a_qualifications_heading_opens(line, section):
    assert heading_of(line)[0] == section


async def test_the_summary_of_qualifications_is_the_summary():
    taxonomy = SkillTaxonomy(["Lesson planning"], {"lesson planning": (0, False)}, [frozenset()], [frozenset()],
                             kinds=[SkillKind.SKILL])
    parsed = await RuleBasedResumeParser(TaxonomySkillExtractor(taxonomy)).parse(
        "Jennifer Adams\nColumbus, OH | jadams@example.com\n\nSUMMARY OF QUALIFICATIONS\n"
        "Certified K-6 educator with 7 years in public elementary schools.\n\n"
        "EDUCATION\nB.S. in Early Childhood Education, Ohio University, 2016\n")
    assert parsed.summary == "Certified K-6 educator with 7 years in public elementary schools."
    assert [e.institution for e in parsed.education] == ["Ohio University"]
