"""A qualification's subject is read beside its level on a national framework ("(NQF 2)",
"(AQF Level 3)") and after a colon ("National Certificate: Mining Operations"); the level is
no subject (vocational qualifications of several countries, fictional)."""
import pytest

from adapters.embedded.parsing.education import parse_education


@pytest.mark.parametrize("text, degree, field, institution, year", [
    ("National Certificate: Mining Operations (NQF 2), Mining Qualifications Authority, 2012",
     "National Certificate: Mining Operations (NQF 2)", "Mining Operations", "Mining Qualifications Authority", 2012),
    ("Certificate III in Carpentry (AQF Level 3), TAFE Queensland, 2015",
     "Certificate III in Carpentry (AQF Level 3)", "Carpentry", "TAFE Queensland", 2015),
    ("Diploma: Hospitality Management | Kenya Utalii College | 2014",
     "Diploma: Hospitality Management", "Hospitality Management", "Kenya Utalii College", 2014),
])
def test_the_subject_of_a_qualification_with_its_level(text, degree, field, institution, year):
    [entry] = parse_education(text)
    assert (entry.degree, entry.field, entry.institution, entry.graduation_year) == (degree, field, institution, year)
