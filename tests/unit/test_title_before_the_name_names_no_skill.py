"""A form of address left out of the name ("Mme", "Capt.") is still no word of the résumé's own:
it names no skill read from the text. Fictional résumé, read with the shipped taxonomy."""
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import TaxonomySkillExtractor


def test_a_title_before_the_name_is_no_skill():
    parser = RuleBasedResumeParser(TaxonomySkillExtractor(load_taxonomy()))
    parsed = parser.parse_text("Mme Odile Perrin\nAide-soignante\nodile.perrin@example.org\n")
    assert parsed.name == "Odile Perrin"
    assert "mme" not in {s.name.casefold() for s in parsed.skills}
