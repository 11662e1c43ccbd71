"""Words that describe the employer ("We are a busy practice") end where the sentence turns to
the post: at a comma, at "and require", "and you must", "and needs"; the qualities asked of
the hire after that are read (invented lines)."""
import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_ad_spans import job_ad_mentions

_SKILLS = EmbeddedSkillExtractor()


def _words(text: str) -> list[str]:
    return [text[s.start:s.end] for s in job_ad_mentions(text, _SKILLS)]


@pytest.mark.parametrize(("text", "qualities"), [
    ("We are a small veterinary clinic and require a calm, punctual nurse.", ["punctual"]),
    ("We are a growing bakery and you must be reliable and flexible.", ["reliable", "flexible"]),
    ("Our client is a large charity and needs an organised, discreet coordinator.", ["organised", "discreet"]),
    ("We are an independent garage, seeking a methodical and dependable technician.",
     ["methodical", "dependable"]),
])
def test_qualities_asked_of_the_hire_after_the_employer_clause_are_read(text, qualities):
    found = _words(text)
    assert all(q in found for q in qualities), found


@pytest.mark.parametrize("text", ["We are a friendly family bakery.", "Our client is an innovative design studio."])
def test_the_words_that_describe_the_employer_stay_unread(text):
    assert _words(text) == []


def test_commas_between_the_employers_own_adjectives_end_no_clause():
    assert _words("We are a small, friendly, family-run pharmacy in Hull.") == []
    assert _words("We are a family-run pharmacy, dependable cover needed.") == ["dependable"]
