"""An education line opened by its year and a single space ("2017 Certificate in Western
Cuisine, Saigontourist Hospitality College") is dated by that year, which is no part of the award;
the year a credential is valid until dates nothing."""
import pytest

from adapters.embedded.parsing.education import parse_education


@pytest.mark.parametrize("line, degree, school, year", [
    ("2017 Certificate in Western Cuisine, Saigontourist Hospitality College",
     "Certificate in Western Cuisine", "Saigontourist Hospitality College", 2017),
    ("2015 Graduado en Educación Secundaria Obligatoria (ESO), IES Ramiro de Maeztu",
     "Graduado en Educación Secundaria Obligatoria (ESO)", "IES Ramiro de Maeztu", 2015),
    ("2007 Diploma di Qualifica Operatore Termoidraulico, Istituto Professionale Aldini Valeriani, Bologna",
     "Diploma di Qualifica Operatore Termoidraulico", "Istituto Professionale Aldini Valeriani", 2007),
])
def test_the_year_first_dates_the_entry_and_leaves_the_award(line, degree, school, year):
    [entry] = parse_education(line)
    assert (entry.degree, entry.institution, entry.graduation_year) == (degree, school, year)


def test_a_credential_valid_until_a_year_gives_that_year_to_no_school():
    text = ("Driver CPC (DQC) – valid to 2027\nADR Packages\n\n"
            "GCSEs (5 A*–C), Sandon Business & Enterprise College, 2008")
    years = {e.institution: e.graduation_year for e in parse_education(text)}
    assert years == {"Sandon Business & Enterprise College": 2008}


def test_a_year_then_to_and_a_year_is_a_range_not_a_year_first():
    entries = parse_education("2009\n\nC.B.S.E\n\nSt. Paul's Academy -  Patna, Bihar\n\n1978 to 2007\n\nBoard/ University\n")
    assert [e.graduation_year for e in entries if e.institution == "Board/ University"] == [2007]
