"""Degrees written with dots or a hyphen between their letters ("B.C.A", "H.S.C", "B-Tech")
are the same degrees as "BCA", "HSC" and "BTech" (fictional résumés)."""
import pytest

from adapters.embedded.parsing.education import parse_education


@pytest.mark.parametrize("degree", [
    "B.C.A", "M.C.A.", "B.B.A in Finance", "H.S.C", "S.S.C in Science", "S.S.L.C",
    "C.B.S.E", "B-Tech in Mechanical Engineering", "B- Tech", "M-Tech", "P.U.C",
])
def test_a_dotted_or_hyphenated_degree_over_its_school(degree):
    text = f"{degree}\n\nRiverbend Institute of Studies -  Nashik, Maharashtra\n\n2014"
    [entry] = parse_education(text)
    assert entry.degree == degree
    assert entry.institution == "Riverbend Institute of Studies"
    assert entry.graduation_year == 2014


@pytest.mark.parametrize("degree", [
    "B.C.A", "H.S.C", "S.S.L.C", "B-Tech in Mechanical Engineering", "B- Tech",
    # post-graduate diplomas by their initials after "PG"
    "PG-DAC", "PG DBDA",
])
def test_a_dotted_degree_is_known_over_a_school_named_in_no_known_words(degree):
    text = f"B.Sc\n\nRiverbend Institute of Studies\n\n2012\n\n{degree}\n\nNorthwind ACTS\n\n2014"
    assert [e.degree for e in parse_education(text)] == ["B.Sc", degree]


def test_a_word_with_dotted_initials_that_names_no_degree_stays_out():
    text = "U.S.A\n\nRiverbend Institute of Studies -  Nashik, Maharashtra\n\n2014"
    [entry] = parse_education(text)
    assert entry.degree is None
