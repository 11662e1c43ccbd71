"""A line of a town and a country with a year is no "award, school, year" row: it never opens
an entry (its year goes to the open entry above); two parts that name no award nor school
either; a town after a numbered school is the school's town."""
from adapters.embedded.parsing.education import parse_education
from adapters.reference_data.packaged import packaged_reference_data
from domain.installed_reference_data import install_reference_data


def _rows(text: str):
    install_reference_data(packaged_reference_data())
    return [(e.degree, e.institution, e.graduation_year) for e in parse_education(text)]


def test_a_town_and_country_under_a_school_give_it_their_year():
    assert _rows("MSc Chemistry\nUniversity of Lagos\nIbadan, Nigeria, 2016\n") == [
        ("MSc Chemistry", "University of Lagos", 2016)]


def test_a_town_and_country_alone_are_no_entry():
    assert _rows("Kampala, Uganda, 2011\n") == []


def test_two_subjects_and_a_year_are_no_row():
    assert _rows("Chemistry, Biology, 2012\n") == []


def test_honours_after_a_degree_open_no_entry():
    assert _rows("BA History, University of Leeds\nHonour Roll, Phi Beta, 2017\n") == [
        ("BA History", "University of Leeds", 2017)]


def test_a_numbered_school_before_its_town():
    assert _rows("Lyceum No. 12, Bishkek, 2008\n") == [(None, "Lyceum No. 12", 2008)]


def test_an_unknown_award_and_school_still_make_a_row():
    assert _rows("Pastry Arts Programme, Maison Ferrandi Paris, 2019\n") == [
        ("Pastry Arts Programme", "Maison Ferrandi Paris", 2019)]
