"""A faculty named before the university it is part of, on the degree's line, is one school
with it, not a second entry (fictional résumés)."""
import pytest

from adapters.embedded.parsing.education import parse_education


@pytest.mark.parametrize("line, school", [
    ("Bachelor of Pharmaceutical Sciences, Faculty of Pharmacy, Cairo University, 2016 (Grade: Very Good)",
     "Faculty of Pharmacy, Cairo University"),
    ("Bachelor of Nursing, Faculty of Health Sciences, University of Lagos, 2015",
     "Faculty of Health Sciences, University of Lagos"),
])
def test_the_faculty_and_its_university_are_one_school(line, school):
    [entry] = parse_education(line)
    assert (entry.institution, entry.graduation_year) == (school, int(line.split(", ")[-1][:4]))


def test_a_university_after_a_school_that_is_no_faculty_still_opens_an_entry():
    entries = parse_education("Diploma in Nursing, Lagos School of Nursing, 2010\n"
                              "BSc Nursing, University of Ibadan, 2016")
    assert [e.institution for e in entries] == ["Lagos School of Nursing", "University of Ibadan"]
