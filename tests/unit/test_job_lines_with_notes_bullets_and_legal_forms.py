"""Job headers (invented lines): a job line opened by an asterisk bullet; a dash before a word in
lower case is a note to the title when the employer is named elsewhere; an en dash opens list
items; legal forms written in lower case with full stops ("s.r.o.", "a.s.", "Sp. z o.o.") end an
employer's name, no sentence."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.experience import parse_experience
from adapters.embedded.parsing.header_lines import is_header_like
from adapters.embedded.parsing.job_titles import COMPANY_WORDS


def jobs(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.title, e.company) for e in parse_experience(text)[0]]


def test_asterisk_bulleted_job_lines():
    text = ("* Front Office Supervisor – Cinnamon Grand, Colombo (2016 to date)\n"
            "  Night audit and guest relations.\n"
            "* Receptionist – Galle Face Hotel, Colombo (2012 – 2016)\n")
    assert jobs(text) == [("Front Office Supervisor", "Cinnamon Grand"), ("Receptionist", "Galle Face Hotel")]


def test_a_dash_before_a_note_in_lower_case_when_the_employer_follows_a_comma():
    text = "Depuis mars 2020     Rédactrice – service Sports, Ouest-France, Rennes\n"
    assert jobs(text) == [("Rédactrice – service Sports", "Ouest-France")]


def test_an_employer_in_lower_case_alone_after_the_dash_stays_the_employer():
    assert jobs("Dental Nurse – mydentist   2019 – 2022\n")[0][1] == "mydentist"


def test_an_en_dash_list_item_is_no_title_of_the_next_job():
    text = ("05/2019 – dosud      Zámečník\n                     Strojírny Vrchlabí a.s.\n"
            "                     – svařování a montáž konstrukcí\n"
            "02/2014 – 04/2019    Zámečník\n                     Kovo Trutnov s.r.o.\n")
    assert jobs(text) == [("Zámečník", "Strojírny Vrchlabí a.s."), ("Zámečník", "Kovo Trutnov s.r.o.")]


@pytest.mark.parametrize("line", ["Kovo Trutnov s.r.o.", "Strojírny Vrchlabí a.s.", "Budimex Sp. z o.o."])
def test_lower_case_legal_forms_end_no_sentence(line):
    assert is_header_like(line)


@pytest.mark.parametrize(("text", "employer"), [
    ("Metrostav a.s.", True), ("Bosch AG", True), ("Banco Itaú S.A.", True), ("worked as a fitter", False),
    ("Agriculture Officer", False),
])
def test_legal_forms_name_employers(text, employer):
    assert bool(COMPANY_WORDS.search(text)) is employer
