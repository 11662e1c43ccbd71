"""A school's years written before its entry with only a space ("2007 – 2010 Ausbildung zur
Elektronikerin, Berufsschule München"): the years close the entry; they are no degree or
institution (fictional entries)."""
import pytest

from adapters.embedded.parsing.education import parse_education


@pytest.mark.parametrize("line, degree, institution, year", [
    ("2007 – 2010 Ausbildung zur Elektronikerin, Berufsschule München",
     "Ausbildung zur Elektronikerin", "Berufsschule München", 2010),
    ("2007 – 2010 Diplôme d'État d'infirmier, IFSI Lyon", "Diplôme d'État d'infirmier", "IFSI Lyon", 2010),
    ("2012 - 2016 Licenciatura em Enfermagem, Universidade de Coimbra",
     "Licenciatura em Enfermagem", "Universidade de Coimbra", 2016),
])
def test_the_years_before_an_entry_are_its_dates(line, degree, institution, year):
    [entry] = parse_education(line)
    assert (entry.degree, entry.institution, entry.graduation_year) == (degree, institution, year)
