"""An initial or a given name spelled like a title's abbreviation is part of the name: "M." opens
many South Indian names as the father's initial, and "Ing" is a Chinese surname; the title
"Ing." is read only with its dot."""
import pytest

from adapters.embedded.parsing.contact import parse_contact


def _name(line: str) -> str | None:
    text = f"{line}\nperson@example.org | +91 98450 12345\n"
    return parse_contact(text, text.splitlines()).name


@pytest.mark.parametrize("line, name", [
    ("M. Lakshmi Narayanan", "M. Lakshmi Narayanan"),
    ("Ing Siew Lan", "Ing Siew Lan"),
    ("Ing. Tomás Herrera", "Tomás Herrera"),
])
def test_an_initial_is_no_title(line, name):
    assert _name(line) == name
