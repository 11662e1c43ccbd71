"""A name written with the nickname the person goes by ('Robert "Bob" Kowalski') is still
their name, and the nickname names no skill (fictional résumés)."""
import pytest

from adapters.embedded.parsing.contact import parse_contact
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor


@pytest.mark.parametrize("line, name", [
    ('ROBERT "BOB" KOWALSKI — Journeyman Electrician', 'Robert "Bob" Kowalski'),
    ("Robert “Bob” Kowalski", "Robert “Bob” Kowalski"),
    ("Margaret 'Peggy' O'Neill | Staff Nurse", "Margaret 'Peggy' O'Neill"),
    ("Nguyen Van An (Andy)", "Nguyen Van An (Andy)"),
])
def test_a_nickname_in_quotes_or_brackets_leaves_the_whole_name(line, name):
    text = f"{line}\nChicago, IL · 312-555-0177 · bob@example.com\n"
    contact = parse_contact(text, text.splitlines())
    assert contact.name == name


async def test_the_nickname_is_not_read_as_a_skill():
    names = ["Blast Output Browser BOB", "Conduit bending"]
    aliases = {"bob": (0, False), "blast output browser bob": (0, False), "conduit bending": (1, False)}
    taxonomy = SkillTaxonomy(names, aliases, [frozenset()] * 2, [frozenset()] * 2, kinds=[SkillKind.TOOL] * 2)
    parser = RuleBasedResumeParser(TaxonomySkillExtractor(taxonomy))
    parsed = await parser.parse('ROBERT "BOB" KOWALSKI — Journeyman Electrician\n'
                                "Chicago, IL · 312-555-0177 · bob@example.com\n\n"
                                "QUALIFICATIONS\nLicensed journeyman electrician, 10 years commercial.\n"
                                "Conduit bending, blueprint reading.\n")
    assert [s.name for s in parsed.skills] == ["Conduit bending"]
