"""One-word qualities and the basic skills named by a noun ("Numeracy", "Literacy") and
compound qualities ("safety-minded", "deadline-driven") are spans of their own (invented lines)."""
import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_ad_spans import job_ad_mentions

_SKILLS = EmbeddedSkillExtractor()


def spans(text: str) -> list[str]:
    return [text[s.start:s.end] for s in job_ad_mentions(text, _SKILLS)]


@pytest.mark.parametrize("text, expected", [
    ("Numeracy", ["Numeracy"]),
    ("Good numeracy and literacy.", ["numeracy", "literacy"]),
    ("You are disciplined and bilingual.", ["disciplined", "bilingual"]),
    ("- Safety-minded", ["Safety-minded"]),
    ("Detail-oriented and deadline-driven.", ["Detail-oriented", "deadline-driven"]),
])
def test_a_one_word_quality_is_a_span(text, expected):
    assert spans(text) == expected


def test_a_basic_skill_noun_keeps_its_taxonomy_name():
    found = job_ad_mentions("Numeracy", _SKILLS)
    assert [_SKILLS.canonical(n) for s in found for n in s.names] == [_SKILLS.canonical("Numeracy")]


@pytest.mark.parametrize("text, expected", [
    ("Customer focused and reliable.", ["Customer focused", "reliable"]),
    ("- Results driven", ["Results driven"]),
])
def test_a_compound_quality_written_with_a_space_is_a_span(text, expected):
    assert spans(text) == expected


def test_words_before_a_noun_are_no_compound_quality():
    assert "results driven" not in spans("We are a results driven environment.")


@pytest.mark.parametrize("text, expected", [
    ("Dependable and safety-conscious.", ["Dependable", "safety-conscious"]),
])
def test_more_qualities(text, expected):
    assert spans(text) == expected
