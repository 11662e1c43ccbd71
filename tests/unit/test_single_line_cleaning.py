"""A name, a title or a place is stored as people read it: no invisible characters, one space
between words, none at the ends, composed (NFC); joiners stay only where a script needs them."""
from __future__ import annotations

import pytest

from domain.errors import BadUserInput
from domain.validation import clean_line, optional_line, required_line


@pytest.mark.parametrize(("typed", "stored"), [
    ("  Zoë  O'Brien\u200b ", "Zoë O'Brien"),
    ("Zoe\u0308 O'Brien", "Zoë O'Brien"),  # a combining diaeresis composes (NFC)
    ("\ufeffAna\u00a0\u00a0Lima\u2060", "Ana Lima"),  # BOM, no-break spaces, word joiner
    ("Ana\tLima\u3000", "Ana Lima"),
    ("\u202eAna\u202c Lima\u200e", "Ana Lima"),  # direction overrides and marks
    ("Ana\u00adLima", "AnaLima"),  # a soft hyphen is a format character too
    ("Ana\x07 Lima", "Ana Lima"),  # a control character that is no space goes
    ("Ana\u200b\u200bLima", "AnaLima"),
])
def test_invisible_characters_go_and_spaces_collapse(typed, stored):
    assert clean_line(typed) == stored


@pytest.mark.parametrize("word", [
    "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # Persian: ZWNJ between letters
    "\u0915\u094d\u200d\u0937",  # Devanagari half-form: ZWJ after the virama
    "\U0001f469\u200d\u2695\ufe0f Nurse",  # an emoji sequence
])
def test_joiners_inside_a_word_stay(word):
    assert clean_line(word) == word


@pytest.mark.parametrize(("typed", "stored"), [
    ("\u200dAna", "Ana"), ("Ana\u200c", "Ana"), ("Ana \u200d Lima", "Ana Lima"), ("Ana\u200d\u200dLima", "AnaLima"),
])
def test_joiners_at_an_edge_next_to_a_space_or_doubled_go(typed, stored):
    assert clean_line(typed) == stored


@pytest.mark.parametrize("typed", ["\u200b\u00a0\u200d", "\u2060 \ufeff", "\u200c"])
def test_a_required_line_of_nothing_visible_is_refused_on_its_field(typed):
    with pytest.raises(BadUserInput) as refused:
        required_line(typed, "organizationName", 200)
    assert refused.value.extensions == {"field": "organizationName"}
    assert "must not be empty" in refused.value.message


def test_the_length_limit_counts_what_is_kept():
    assert required_line(" " * 50 + "A" * 200 + "\u200b" * 50, "name", 200) == "A" * 200


def test_an_optional_line_of_nothing_visible_is_none():
    assert optional_line("\u200b \u200b", "location", 200) is None
    assert optional_line(None, "location", 200) is None
    assert optional_line(" Belfast\u200b", "location", 200) == "Belfast"
