"""An ampersand between words is the word "and" when names are found in a text ("Moving &
Handling", "Health & Social Care", "Inspection & Testing"), as UK care and trade CVs and ads
write them; a name whose alias is written with "&" is found written with "and" too; an
ampersand inside a token ("F&B", "R&D") is left as it was. Fictional lines, shipped taxonomy."""
import pytest

from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import TaxonomySkillExtractor, alias_key


@pytest.fixture(scope="module")
def extractor() -> TaxonomySkillExtractor:
    return TaxonomySkillExtractor(load_taxonomy())


@pytest.mark.parametrize("line, name", [
    ("Up to date with Moving & Handling and first aid.", "Manual handling"),
    ("Holds an NVQ Level 2 Health & Social Care.", "Health and Social Care Level 2"),
    ("Periodic Inspection & Testing of domestic installations", "Inspection and testing"),
])
def test_a_name_written_with_an_ampersand_is_found(extractor, line, name):
    assert name in extractor.extract(line)


def test_the_ampersand_and_the_word_find_the_same_names(extractor):
    assert extractor.extract("Moving & Handling, Inspection & Testing") == \
        extractor.extract("Moving and Handling, Inspection and Testing")


def test_two_skills_joined_by_an_ampersand_are_both_found(extractor):
    assert {"Python", "Django"} <= set(extractor.extract("Built services in Python & Django"))


def test_a_name_looked_up_with_an_ampersand_is_the_same_skill(extractor):
    assert extractor.canonical("Moving & Handling") == extractor.canonical("Moving and Handling") is not None
    assert alias_key("Health & Social Care") == "health and social care"
    assert alias_key("R&D") == "r d"
