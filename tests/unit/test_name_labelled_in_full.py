"""Forms that label the full name ("Full names:", "Name in full:") after a shorter name in
the document's title: the labelled line gives the whole name."""
from __future__ import annotations

from adapters.embedded.parsing.contact import parse_contact

TEXT = """CURRICULUM VITAE OF LERATO MOKOENA

PERSONAL INFORMATION
Full names:     Lerato Palesa Mokoena
Cell:           082 555 1934
"""


def test_full_names_label() -> None:
    assert parse_contact(TEXT, TEXT.splitlines()).name == "Lerato Palesa Mokoena"


def test_name_in_full_label() -> None:
    text = TEXT.replace("Full names:", "Name in full:")
    assert parse_contact(text, text.splitlines()).name == "Lerato Palesa Mokoena"
