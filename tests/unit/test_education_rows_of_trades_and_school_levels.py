"""Rows of schooling as trades and other countries write them: a school named after its level
("Secondary Vocational School Zlin"), an award's initials with its name in brackets, a training
centre as the school, and a school known by its initials before the course it taught."""
import pytest

from adapters.embedded.parsing.education import parse_education


def _rows(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return [(e.institution, e.degree, e.graduation_year) for e in parse_education(text)]


@pytest.mark.parametrize("line", [
    "Apprentice Certificate in Joinery, Secondary Vocational School Zlin, 2011",
    "2011: Apprentice Certificate in Joinery, Secondary Vocational School Zlin",
])
def test_a_school_named_after_its_level_is_the_school(line):
    assert _rows(line) == [("Secondary Vocational School Zlin", "Apprentice Certificate in Joinery", 2011)]


def test_an_awards_initials_with_its_name_in_brackets_is_the_award():
    assert _rows("MSLC (Middle School Leaving Certificate), Arusha Day School, 2009") == \
        [("Arusha Day School", "MSLC (Middle School Leaving Certificate)", 2009)]


def test_a_training_centre_is_where_the_course_was_taken():
    assert _rows("Plumbing Apprenticeship, Waterford Training Centre (ETB), 2022") == \
        [("Waterford Training Centre (ETB)", "Plumbing Apprenticeship", 2022)]


def test_a_school_known_by_its_initials_before_the_course_it_taught():
    assert _rows("NMTI — Offshore Crane Operator Course — 2018") == \
        [("NMTI", "Offshore Crane Operator Course", 2018)]


def test_initials_before_a_name_without_an_awards_word_keep_their_order():
    assert _rows("CELTA | International House | 2018") == [("International House", "CELTA", 2018)]


def test_an_award_in_its_field_that_names_a_kind_of_school_is_the_award():
    assert _rows("2015 - 2018    College Diploma in Midwifery, Hanoi Medical College") == \
        [("Hanoi Medical College", "College Diploma in Midwifery", 2018)]


def test_a_program_named_after_the_school_and_its_town_is_the_award():
    assert _rows("Gulf Coast Welding Training Center, Mobile, AL — Structural Welding Program, 2014") == \
        [("Gulf Coast Welding Training Center", "Structural Welding Program", 2014)]


def test_a_french_technicians_diploma_with_its_school_and_town():
    assert _rows("Technicien Spécialisé en Électromécanique — ISTA Sidi Maârouf, Casablanca — 2017") == \
        [("ISTA Sidi Maârouf", "Technicien Spécialisé en Électromécanique", 2017)]


def test_a_school_of_unknown_words_and_its_town_under_the_award_it_gave():
    assert _rows("2013 – 2016\nApprenticeship in Joinery (Lehrabschluss)\nBFI Tirol, Innsbruck\n") == \
        [("BFI Tirol", "Apprenticeship in Joinery (Lehrabschluss)", 2016)]
