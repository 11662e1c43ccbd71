"""A degree dated by its month after a comma ("Bachelor of Arts in Music, June 2011"), and
Europass-style blocks with the years first, one block a degree after a blank line: each degree
keeps its own year. Fictional schooling."""
import pytest

from adapters.embedded.parsing.education import parse_education


@pytest.mark.parametrize("line, degree", [
    ("Bachelor of Arts in Music, June 2011", "Bachelor of Arts in Music"),
    ("Master of Science in Geology, September 2011", "Master of Science in Geology"),
    ("BSc Zoology, Dec. 2011", "BSc Zoology"),
])
def test_a_degree_dated_by_its_month_under_its_school(line, degree):
    [entry] = parse_education(f"Riverside State University, Tacoma, WA\n{line}\n")
    assert (entry.degree, entry.graduation_year) == (degree, 2011)


def test_each_dated_block_keeps_its_year():
    text = ("2013 – 2015\nMaster of Arts in Linguistics\nUniversity of Tartu, Tartu (Estonia)\n\n"
            "2010 – 2013\nBachelor of Arts in English\nTallinn University, Tallinn (Estonia)\n")
    entries = parse_education(text)
    assert [(e.degree, e.graduation_year) for e in entries] == [
        ("Master of Arts in Linguistics", 2015), ("Bachelor of Arts in English", 2013)]
