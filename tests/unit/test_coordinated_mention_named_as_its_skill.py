"""A skill the text names inside a coordination ("Hot and cold food preparation", "Wash/dry
cycles") is listed under the one skill it names, not as the whole joined phrase: the phrase
is no search term, the skill is. A mention without a coordination keeps its own spelling."""
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from domain.skills import SkillKind, SkillTaxonomy, TaxonomySkillExtractor

NAMES = ["Food preparation", "Knife skills"]
ALIASES = {"food preparation": (0, False), "hot and cold food preparation": (0, False), "knife skills": (1, False)}


def test_a_coordinated_mention_is_named_as_its_skill():
    tax = SkillTaxonomy(NAMES, ALIASES, [frozenset()] * 2, [frozenset()] * 2, kinds=[SkillKind.SKILL] * 2)
    parser = RuleBasedResumeParser(TaxonomySkillExtractor(tax))
    text = ("Tomasz Nowicki\ntomasz@example.org\n\nEXPERIENCE\nCommis Chef, Harbour Hotel, 2019 - 2023\n"
            "- Hot and cold food preparation for banquets of 300; Knife skills taught to trainees\n")
    assert [s.name for s in parser.parse_text(text).skills] == ["Food preparation", "Knife skills"]
