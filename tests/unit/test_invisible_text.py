"""Text that shows nothing (only spaces, zero-width or other format characters) is empty,
whatever its length: a name, a title or a password of it is refused."""
from __future__ import annotations

import pytest

from domain.errors import BadUserInput
from domain.validation import check_password, optional_text, required_text

INVISIBLE = ["\u200b\u200b", "\u200d", "\ufeff \u2060", "\u00a0\u3000", "\u200e\u200f"]


@pytest.mark.parametrize("text", INVISIBLE)
def test_required_text_of_nothing_visible_is_refused_as_empty(text):
    with pytest.raises(BadUserInput, match="`name` must not be empty"):
        required_text(text, "name", 200)


@pytest.mark.parametrize("text", INVISIBLE)
def test_optional_text_of_nothing_visible_is_none(text):
    assert optional_text(text, "location", 200) is None


@pytest.mark.parametrize("text", ["Zoë", "李伟", "👩\u200d⚕️ Nurse", " José "])
def test_visible_text_is_kept_with_its_joiners(text):
    assert required_text(text, "name", 200) == text.strip()


@pytest.mark.parametrize("password", [" " * 12, "\u200b" * 12, "\t \u00a0" * 4])
def test_a_password_of_nothing_visible_is_refused(password):
    with pytest.raises(BadUserInput) as refused:
        check_password(password)
    assert refused.value.extensions == {"field": "password"}
    assert "letters, digits or symbols" in refused.value.message


def test_a_password_with_spaces_among_words_is_fine():
    check_password("correct horse battery staple")
