"""A university's faculty named after it on the line ("Cairo University, Faculty of Pharmacy",
"Universidad de Buenos Aires, Facultad de Derecho") is part of that school, not a second entry."""
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
