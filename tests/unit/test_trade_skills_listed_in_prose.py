"""A trade's own words written in lower case in a sentence count where the sentence lists
them as skills: after "in"/"of" (as before) and then along the list, after a comma or "and"
("skilled in carpentry, drywall and roofing", "pipe fitting, welding and rigging"). The same
words elsewhere in a sentence, or ordinary words on such a list, are no skills."""
import pytest

from adapters.embedded.skills.taxonomy import load_taxonomy
from domain.skills import TaxonomySkillExtractor


@pytest.fixture(scope="module")
def extractor() -> TaxonomySkillExtractor:
    return TaxonomySkillExtractor(load_taxonomy())


@pytest.mark.parametrize("sentence, skills", [
    ("Experienced in welding and forklift operation.", ["Welding", "forklift operation"]),
    ("Skilled in carpentry, drywall and roofing for residential clients.", ["carpentry", "Drywall", "Roofing"]),
    ("Responsible for pipe fitting, welding and rigging on site.", ["Plumbing", "Welding", "Rigging"]),
    ("Trained in welding & roofing.", ["Welding", "Roofing"]),
])
def test_trade_words_listed_in_a_sentence_are_skills(extractor, sentence, skills):
    assert [m.name for m in extractor.mentions(sentence)] == skills


@pytest.mark.parametrize("sentence", [
    "Worked in finance, marketing and sales.",
    "The roofing was replaced and the drywall painted.",
    "Met the client, roofing contractors and the architect.",
])
def test_trade_words_not_listed_as_skills_are_none(extractor, sentence):
    assert [m.name for m in extractor.mentions(sentence)] == []
