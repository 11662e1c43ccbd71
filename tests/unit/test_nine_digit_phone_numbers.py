"""Nine-digit national numbers (Spain, Portugal, Poland, Czechia) written without their
country code, in the groups those countries write them in."""
from __future__ import annotations

from adapters.embedded.parsing.contact import parse_contact


def _phone(text: str) -> str | None:
    return parse_contact(text, text.splitlines()).phone


def test_three_groups_of_three() -> None:
    assert _phone("MARTA GIL ROCA\nValencia · 622 418 095 · marta.gil@example.org\n") == "622 418 095"


def test_a_landline_in_pairs() -> None:
    assert _phone("Rui Costa\nBraga | 253 61 72 40 | rui.costa@example.org\n") == "253 61 72 40"


def test_nine_digits_unspaced_are_no_phone() -> None:
    assert _phone("Ana Lima\nNIF 123456789\nana.lima@example.org\n") is None
