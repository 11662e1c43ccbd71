"""A line that names no degree in words the parser knows, written where the degree stands:
first in its entry, over the school ("Marine Biology" over "Coastal University -  Goa"), as
job sites' exports lay education out. It is what the person studied (fictional résumés)."""
import pytest

from adapters.embedded.parsing.education import parse_education


@pytest.mark.parametrize("studied", ["Marine Biology", "Applied statistics", "PCB subjects"])
def test_the_line_over_the_school_is_what_was_studied_there(studied):
    text = (f"B.Sc in Zoology\n\nRiverbend College -  Nashik, Maharashtra\n\n2016\n\n"
            f"{studied}\n\nCoastal University -  Goa\n\nMay 2018")
    assert [(e.degree, e.institution, e.graduation_year) for e in parse_education(text)] == [
        ("B.Sc in Zoology", "Riverbend College", 2016), (studied, "Coastal University", 2018)]


def test_the_first_entry_may_open_with_what_was_studied():
    text = "Marine Biology\n\nCoastal University -  Goa\n\n2018"
    [entry] = parse_education(text)
    assert (entry.degree, entry.institution) == ("Marine Biology", "Coastal University")


def test_a_line_after_a_school_that_lacks_its_degree_is_not_the_next_schools_degree():
    text = "Riverbend College\n\nMarine Biology\n\n2016\n\nHill Academy\n\n2012"
    entries = parse_education(text)
    assert all(e.degree != "Marine Biology" or e.institution == "Riverbend College" for e in entries)


@pytest.mark.parametrize("line", ["Percentage 78", "Pursuing", "Passed with distinction", "Result awaited", "Grade A",
                                  "Goa", "India", "U.S.A"])
def test_a_note_or_a_label_over_the_school_is_no_degree(line):
    text = f"{line}\n\nCoastal University -  Goa\n\n2018"
    [entry] = parse_education(text)
    assert entry.degree is None


def test_a_school_with_its_town_and_state_after_commas_takes_the_line_over_it():
    text = "Marine Biology\n\nCoastal University -  Panaji, Goa, India\n\n2018"
    [entry] = parse_education(text)
    assert (entry.degree, entry.institution) == ("Marine Biology", "Coastal University")
