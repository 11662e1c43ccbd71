"""Forms that label the name without a colon (the label column a wide gap from its value), in
Czech or Slovak, or both parts of the name on one line of a form; Czech and Slovak write
"Životopis" over the name, which is the document's title, no name."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.contact import parse_contact


def name_of(text: str) -> str | None:
    return parse_contact(text, text.splitlines()).name


@pytest.mark.parametrize("text", [
    "Lebenslauf\n\nPersönliche Daten\nName            Jonas Weidinger\nTelefon         +43 660 123 4567\n",
    "CV\n\nName\tPriya Raman\nEmail\tpriya.raman@example.in\n",
])
def test_a_name_label_a_wide_gap_from_its_value(text):
    assert name_of(text) in ("Jonas Weidinger", "Priya Raman")


@pytest.mark.parametrize(("text", "name"), [
    ("ŽIVOTOPIS\n\nOsobní údaje\nJméno a příjmení:   Petra Svobodová\nTelefon: +420 602 111 222\n", "Petra Svobodová"),
    ("Životopis\n\nMeno a priezvisko: Marek Horváth\nTelefón: +421 905 123 456\n", "Marek Horváth"),
    ("ŽIVOTOPIS\n\nJméno: Karel\nPříjmení: Novák\n", "Karel Novák"),
])
def test_czech_and_slovak_name_labels(text, name):
    assert name_of(text) == name


def test_family_and_given_name_on_one_line_of_a_form():
    text = ("SEAMAN'S CV\n\nSurname: OKAFOR          First name: EMEKA\n"
            "Rank: Bosun\nDate of birth: 03/03/1985      Place of birth: Warri\n")
    assert name_of(text) == "Emeka Okafor"


def test_a_gap_after_a_name_word_in_a_sentence_is_no_label():
    text = "Thandeka Zulu\nName   badges designed for the 2019 conference\n"
    assert name_of(text) == "Thandeka Zulu"
