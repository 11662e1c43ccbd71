"""A qualification named on one line before the school that awarded it, in the words of its
country or trade (fictional résumés): the person sees what they earned and where."""
from adapters.embedded.parsing.education import parse_education


def test_a_french_qualification_at_an_institut_is_one_entry():
    [entry] = parse_education("CAP Cuisine, Institut Paul Bocuse, 2014")
    assert (entry.degree, entry.institution, entry.graduation_year) == \
        ("CAP Cuisine", "Institut Paul Bocuse", 2014)


def test_a_trade_qualification_before_its_school_is_not_given_the_next_lines_degree():
    entries = parse_education(
        "Class 1 Mandatory Entry Level Training (MELT), Alberta Truck Driving School, 2012\n"
        "High School Diploma, Harry Ainlay High School, 2010")
    assert [(e.degree, e.institution, e.graduation_year) for e in entries] == [
        ("Class 1 Mandatory Entry Level Training (MELT)", "Alberta Truck Driving School", 2012),
        ("High School Diploma", "Harry Ainlay High School", 2010)]
