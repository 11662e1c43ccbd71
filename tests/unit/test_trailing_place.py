"""A known place at the end of a search's words is the location filter; anything that may be
words (a skill, an everyday word, a small or unknown place) stays words. A known place typed
alone is the filter, as "jobs in Leeds" is."""
import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.trailing_place import TrailingPlace, trailing_place

SKILLS = EmbeddedSkillExtractor()


@pytest.mark.parametrize("text, rest, place", [
    ("nurse London", "nurse", "London"),
    ("HGV driver Manchester", "HGV driver", "Manchester"),
    ("nurse london", "nurse", "london"),
    ("nurse in London", "nurse", "London"),
    ("chef near Leeds.", "chef", "Leeds"),
    ("welder around Stoke-on-Trent", "welder", "Stoke-on-Trent"),
    ("care assistant New York", "care assistant", "New York"),
    ("care assistant Leeds UK", "care assistant", "Leeds UK"),
    ("nurse Leeds, UK", "nurse", "Leeds, UK"),
    ("nurse Germany", "nurse", "Germany"),
    ("nurse in Texas", "nurse", "Texas"),
    ("nurse in Reading", "nurse", "Reading"),
    ("jobs in Leeds", None, "Leeds"),
    ("London", None, "London"),
    ("leeds, uk ", None, "leeds, uk"),
    ("Newcastle upon Tyne", None, "Newcastle upon Tyne"),
    ("Germany", None, "Germany"),
])
def test_a_known_place_at_the_end_is_the_place(text, rest, place):
    assert trailing_place(text, SKILLS) == TrailingPlace(rest, place)


@pytest.mark.parametrize("text", [
    "Reading", "Phoenix", "Julia",  # alone too: an everyday word, a product, a skill
    "Texas",  # a region alone only after "in"
    "Ilkley",  # too small to know
    "Elixir Phoenix", "speed reading", "aws Aurora",  # towns named like products or words
    "data scientist Julia", "java Spring",  # a skill's name
    "nurse in training", "degree in nursing", "engineer in Training", "nurse near me",
    "nurse Ilkley", "nurse in Ilkley",  # too small to know: `location: Ilkley`
    "nurse Texas",  # a region alone only after "in"
    "Leeds nurse",  # not at the end
])
def test_what_may_be_words_stays_words(text):
    assert trailing_place(text, SKILLS) is None
