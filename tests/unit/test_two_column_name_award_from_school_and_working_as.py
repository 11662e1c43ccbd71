"""A name line of a two-column header ("NAME        Headline"), an award named before "from" and
its school ("ITI (Fitter) from Government ITI Nashik"), and "Presently working as" before a title."""
from adapters.embedded.parsing.contact import parse_contact
from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.experience import parse_experience
from adapters.reference_data.packaged import packaged_reference_data
from domain.installed_reference_data import install_reference_data


def test_a_name_beside_its_headline_across_a_wide_gap():
    text = ("KWAME ADJEI                                   Home Care Aide\n"
            "kwame.adjei@example.org                       Kumasi\n(233) 555-0101\n")
    assert parse_contact(text, text.splitlines()).name == "Kwame Adjei"


def test_an_award_before_from_and_its_school():
    rows = [(e.institution, e.degree, e.graduation_year) for e in parse_education(
        "ITI (Fitter) from Government ITI Nashik in 2014\n12th from Maharashtra State Board in 2012\n")]
    assert rows == [("Government ITI Nashik", "ITI (Fitter)", 2014), ("Maharashtra State Board", "12th", 2012)]


def test_presently_working_as_is_no_part_of_the_title():
    install_reference_data(packaged_reference_data())
    entries, _ = parse_experience("Presently working as Fitter in Bharat Forge Ltd. from May 2017 to date.\n")
    assert [(e.title, e.company) for e in entries] == [("Fitter", "Bharat Forge Ltd.")]
