"""An email address wrapped at a dot or an underscore by a narrow column is one address."""
from __future__ import annotations

from adapters.embedded.parsing.contact import parse_contact


def test_an_email_wrapped_after_a_dot() -> None:
    text = "PRIYA NAIR\nCONTACT\npriya.nair.\ncarer@example.org\n07700 900 555\n"
    assert parse_contact(text, text.splitlines()).email == "priya.nair.carer@example.org"


def test_a_sentence_before_an_email_is_no_part_of_it() -> None:
    text = "PRIYA NAIR\nReferences on request.\nref@example.org\n"
    assert parse_contact(text, text.splitlines()).email == "ref@example.org"


def test_a_degree_over_an_email_is_no_part_of_it() -> None:
    text = "PRIYA NAIR\nB.Sc.\nnair@example.org\n"
    assert parse_contact(text, text.splitlines()).email == "nair@example.org"
