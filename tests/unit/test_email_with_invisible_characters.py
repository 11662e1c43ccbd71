"""An address pasted from a web page or a chat often carries invisible characters (a zero-width
space, a direction mark, a byte-order mark) at its ends: they are no part of it. One inside
the address is named, since the message would otherwise show an address that looks right."""
from __future__ import annotations

import pytest

from domain.errors import BadUserInput
from domain.validation import normalise_email


@pytest.mark.parametrize("pasted", [
    "\u200bamina.otieno@example.com", "amina.otieno@example.com\u200b", "\ufeffAmina.Otieno@Example.com\u200e",
    " \u2060amina.otieno@example.com\u200f ",
])
def test_invisible_characters_at_the_ends_are_no_part_of_the_address(pasted):
    assert normalise_email(pasted) == "amina.otieno@example.com"


def test_an_invisible_character_inside_the_address_is_named():
    with pytest.raises(BadUserInput) as refused:
        normalise_email("amina\u200b.otieno@example.com")
    assert "U+200B" in refused.value.message and "position 5, after “amina”" in refused.value.message
