"""A degree in full, a dash, then its own abbreviation ("Doctor of Philosophy - PhD, Chemistry",
as LinkedIn lists degrees): one degree of one school, not a second entry named "PhD"."""
from adapters.embedded.parsing.degree_abbreviations import degree_abbreviations_bracketed
from adapters.embedded.parsing.education import parse_education


def _entries(text):
    return [(e.institution, e.degree, e.graduation_year) for e in parse_education(degree_abbreviations_bracketed(text))]


def test_the_abbreviation_is_the_degrees_note():
    assert degree_abbreviations_bracketed("Doctor of Philosophy - PhD, Chemistry") == "Doctor of Philosophy (PhD), Chemistry"
    assert _entries("University of Nairobi\nBachelor of Commerce - BCom, Finance · (2009 - 2013)\n"
                    "Strathmore University\nMaster of Business Administration - MBA · (2016 - 2018)\n") == [
        ("University of Nairobi", "Bachelor of Commerce (BCom)", 2013),
        ("Strathmore University", "Master of Business Administration (MBA)", 2018)]


def test_a_school_or_a_field_after_the_dash_stays():
    for line in ("Master of Science - MIT, Cambridge", "Bachelor of Technology - Civil Engineering"):
        assert degree_abbreviations_bracketed(line) == line
