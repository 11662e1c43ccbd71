"""Indonesia's secondary schools are named by their initials and number ("SMK Negeri 2
Cilegon", "SMA Negeri 3 Semarang"): a school, dated by its line."""
import pytest

from adapters.embedded.parsing.education import parse_education


@pytest.mark.parametrize("line, school, year", [
    ("SMK Negeri 2 Cilegon, Teknik Pengelasan, lulus 2010", "SMK Negeri 2 Cilegon", 2010),
    ("2009 - 2012 : SMA Negeri 3 Semarang", "SMA Negeri 3 Semarang", 2012),
])
def test_a_school_by_its_initials_is_a_school(line, school, year):
    [entry] = parse_education(line)
    assert (entry.institution, entry.graduation_year) == (school, year)
