"""A qualification's subject may begin with a word that elsewhere asks for a title ("Will",
"The", "Experience", "Plus"): the title is read whole, never cut to its award and preposition,
and the words asking for it after the subject still end it (invented lines)."""
from __future__ import annotations

import pytest

from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.job_ad_spans import job_ad_mentions
from domain.job_skills import description_skills
from domain.qualification_titles import qualification_titles


@pytest.fixture(scope="module")
def skills() -> EmbeddedSkillExtractor:
    return EmbeddedSkillExtractor()


def _titles(text: str) -> list[str]:
    return [text[a:b] for a, b in qualification_titles(text)]


@pytest.mark.parametrize(("text", "title"), [
    ("Holds a Diploma in Will Drafting and Estate Planning", "Diploma in Will Drafting and Estate Planning"),
    ("Level 2 Certificate in The Safe Handling of Medicines", "Level 2 Certificate in The Safe Handling of Medicines"),
    ("Certificate in Experience Marketing or equivalent", "Certificate in Experience Marketing"),
    ("Level 4 Diploma in Plus Size Tailoring essential", "Level 4 Diploma in Plus Size Tailoring"),
    ("Advanced Diploma in Minimum Invasive Aesthetics", "Advanced Diploma in Minimum Invasive Aesthetics"),
])
def test_a_subject_may_begin_with_an_asking_word(text, title):
    assert _titles(text) == [title]


@pytest.mark.parametrize(("text", "title"), [
    ("HNC in Building Services Or Equivalent Experience", "HNC in Building Services"),
    ("Diploma in Floristry is essential", "Diploma in Floristry"),
])
def test_asking_words_after_the_subject_still_end_it(text, title):
    assert _titles(text) == [title]


def test_no_title_of_an_asking_word_alone():
    assert _titles("HNC in Or Equivalent") == []


@pytest.mark.parametrize("sentence", [
    "You must hold a Level 4 Diploma in Plus Size Tailoring.",
    "Applicants need a Diploma in Will Drafting.",
    "Level 2 Certificate in The Safe Handling of Medicines required.",
])
def test_a_job_ads_title_is_one_span_never_ending_in_its_preposition(skills, sentence):
    spans = job_ad_mentions(sentence, skills)
    assert spans, sentence
    for s in spans:
        assert sentence[s.start:s.end].split()[-1] not in ("in", "of")
        assert all(not n.endswith((" in", " of")) for n in s.names)
    assert any("Diploma in" in sentence[s.start:s.end] or "Certificate in" in sentence[s.start:s.end] for s in spans)


def test_plus_beginning_a_subject_marks_no_nice_to_have(skills):
    required, nice = description_skills("Tailor", "You must hold a Level 4 Diploma in Plus Size Tailoring.", skills, 50)
    assert required and not nice


def test_an_awards_name_read_inside_a_title_is_no_alternative_to_its_subject(skills):
    required, _ = description_skills("Shop Assistant",
                                     "BTEC Level 2 Certificate in The Principles of Customer Service required.", skills, 50)
    assert not any(" or " in r for r in required), required
