"""A university's faculty named after it on the line ("Cairo University, Faculty of Pharmacy",
"Universidad de Buenos Aires, Facultad de Derecho") is part of that school, not a second entry;
the year of passing, not the academic session, dates the entry."""
import pytest

from adapters.embedded.parsing.education import parse_education


@pytest.mark.parametrize("line, degree, school, year", [
    ("Bachelor of Pharmaceutical Sciences — Cairo University, Faculty of Pharmacy, 2016 (Grade: Very Good)",
     "Bachelor of Pharmaceutical Sciences", "Cairo University", 2016),
    ("Licenciatura en Derecho, Universidad de Buenos Aires, Facultad de Derecho, 2012",
     "Licenciatura en Derecho", "Universidad de Buenos Aires", 2012),
])
def test_the_faculty_after_its_university_is_no_second_school(line, degree, school, year):
    [entry] = parse_education(line)
    assert (entry.degree, entry.institution, entry.graduation_year) == (degree, school, year)


def test_the_year_of_passing_dates_the_entry_not_the_session():
    line = ("Diploma in Medical Technology (Laboratory), Institute of Health Technology, Mohakhali, "
            "Session 2012-13, Passing year 2016")
    [entry] = parse_education(line)
    assert (entry.institution, entry.graduation_year) == ("Institute of Health Technology", 2016)
