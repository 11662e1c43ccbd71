"""The name line of a banner, a French form of address and a degree's letters after the name:
none of them is part of the name."""
import pytest

from adapters.embedded.parsing.contact import parse_contact


def _contact(text: str):
    return parse_contact(text, text.splitlines())


def test_a_trade_across_a_wide_gap_from_a_given_name_in_capitals_is_the_headline():
    contact = _contact("PETRA     Upholsterer\npetra.v@example.org\n+44 7700 900222\n")
    assert contact.name == "Petra"


@pytest.mark.parametrize("line, name", [("PETRA     MASON", "Petra Mason"), ("Petra     Mason", "Petra Mason")])
def test_a_trade_word_in_the_same_case_as_the_given_name_is_a_surname(line, name):
    assert _contact(f"{line}\npetra.v@example.org\n").name == name


def test_a_given_name_alone_in_a_banner_takes_the_whole_name_written_below_it():
    text = "IFEOMA     Dental Hygienist\nIfeoma Chukwu-Adams  |  Bristol  |  ifeoma.ca@example.org\n"
    assert _contact(text).name == "Ifeoma Chukwu-Adams"


@pytest.mark.parametrize("text, name", [
    ("M. Lucien Garnier\nMenuisier\nlucien.garnier@example.fr\n", "Lucien Garnier"),
    ("M. Lucien Garnier\nJoiner\n+33 6 44 10 20 30\n", "Lucien Garnier"),
    ("Mme Odile Perrin\nAide-soignante\nodile.perrin@example.org\n", "Odile Perrin"),
])
def test_a_french_form_of_address_is_no_part_of_the_name(text, name):
    assert _contact(text).name == name


def test_an_initial_m_stays_outside_french_resumes():
    text = "M. Karthik Raja\nWelder\nkarthik.raja@example.in\n+91 98400 12345\n"
    assert _contact(text).name == "M. Karthik Raja"


def test_a_pharmacy_degree_after_the_name_is_cut_off():
    contact = _contact("Ioanna Markou, MPharm\nHospital Pharmacist\nioanna.m@example.org\n")
    assert contact.name == "Ioanna Markou"
