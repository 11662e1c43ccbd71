"""What a resume's vector is made from: the start of the resume as written (who the person is,
their headline and latest roles), short enough for one small model window however long the
resume; the whole text still counts through the lexical half of the score."""
from __future__ import annotations

from domain.matching.texts import EMBEDDED_RESUME_WORDS, resume_embedding_text, resume_text


def test_a_long_resume_is_embedded_from_its_first_words():
    words = [f"w{n}" for n in range(EMBEDDED_RESUME_WORDS * 5)]
    text = "Dana Reyes\nSenior Nurse\n\n" + " ".join(words)
    embedded = resume_embedding_text(text)
    assert embedded.split() == ["Dana", "Reyes", "Senior", "Nurse", *words][:EMBEDDED_RESUME_WORDS]


def test_a_short_resume_is_embedded_whole_with_its_whitespace_collapsed():
    text = "  Dana Reyes\n\nSenior Nurse,\tICU  \n"
    assert resume_embedding_text(text) == resume_text(text) == "Dana Reyes Senior Nurse, ICU"


def test_the_budget_is_in_words_and_can_be_given():
    assert resume_embedding_text("a b c d e f", words=4) == "a b c d"
