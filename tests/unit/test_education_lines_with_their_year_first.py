"""Education lines of trades and vocational schools: a year before "award, school" parts the
line as a year after it does; a dash between a school and an award the word lists do not know;
vocational training centres and Italian "Qualifica" awards."""
import pytest

from adapters.embedded.parsing.education import parse_education


def _rows(text: str):
    return [(e.institution, e.degree, e.graduation_year) for e in parse_education(text)]


def test_a_year_first_then_award_and_school_parted_by_a_comma():
    assert _rows("2016   Svennebrev i rørleggerfaget, Vestland Fagskole\n"
                 "2014   Elektro vg1, Nordhei videregående skole\n") == [
        ("Vestland Fagskole", "Svennebrev i rørleggerfaget", 2016),
        ("Nordhei videregående skole", "Elektro vg1", 2014)]


def test_a_dash_between_an_unknown_award_and_a_college():
    assert _rows("N2 Fitting and Turning — Mopani West TVET College (2013)") == [
        ("Mopani West TVET College", "N2 Fitting and Turning", 2013)]


@pytest.mark.parametrize("line, school, award", [
    ("2017  Qualifica di Operatore della Ristorazione – Centro di Formazione Professionale Arcobaleno",
     "Centro di Formazione Professionale Arcobaleno", "Qualifica di Operatore della Ristorazione"),
])
def test_a_vocational_centre_and_its_award(line, school, award):
    assert _rows(line) == [(school, award, 2017)]
