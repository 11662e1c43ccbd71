"""A degree named by its kind alone ("Bachelor of Science", "Master of Arts"), then its subject
after a comma or a dash: the subject is the field studied, never the kind (fictional résumés)."""
import time

import pytest

from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.education_fields import field_of


@pytest.mark.parametrize("degree, field", [
    ("Bachelor of Science, Accounting", "Accounting"),
    ("BSc, Nursing", "Nursing"),
    ("Master of Arts – History", "History"),
    ("Master of Arts - Medieval History", "Medieval History"),
    ("Bachelor of Commerce, Finance and Economics", "Finance and Economics"),
    ("Master of Science - MS, Architecture", "Architecture"),
    ("Bachelor of Arts (Hons), English Literature", "English Literature"),
])
def test_the_subject_after_the_degree_kind_is_the_field(degree, field):
    assert field_of(degree) == field


@pytest.mark.parametrize("degree", ["Bachelor of Science, University of Lagos", "Bachelor of Laws - LLB",
                                    "Bachelor of Science - BS"])
def test_a_school_or_the_degree_letters_after_the_kind_are_no_subject(degree):
    assert field_of(degree) not in ("University of Lagos", "LLB", "BS")


@pytest.mark.parametrize("text, field", [
    ("Simon Fraser University\nBachelor of Science, Kinesiology · (2010 - 2014)", "Kinesiology"),
    ("University of Lagos\nBachelor of Science, Accounting, 2012", "Accounting"),
    ("Bachelor of Science, Accounting\nUniversity of Lagos, 2012", "Accounting"),
    # a LinkedIn export's "Bachelor of Science - BS, Information Technology", its letters bracketed
    ("Polytechnic University of the Philippines\nBachelor of Science (BS), Information Technology · (2012 - 2016)",
     "Information Technology"),
])
def test_the_subject_on_the_degree_line_under_or_over_its_school(text, field):
    [entry] = parse_education(text)
    assert entry.field == field


@pytest.mark.parametrize("text", ["Simon Fraser University\nBachelor of Science, Burnaby, 2014",
                                  "Grimsby Institute\nWelding Certificate, Grimsby, 2019"])
def test_a_town_after_the_degree_under_its_school_is_no_subject(text):
    [entry] = parse_education(text)
    assert entry.field not in ("Burnaby", "Grimsby")


def test_a_school_after_a_degree_named_by_its_kind_stays_the_school():
    [entry] = parse_education("Associate of Applied Science, Harbour Skills Centre, 2019")
    assert entry.institution == "Harbour Skills Centre"


@pytest.mark.parametrize("degree", ["Bachelor of Science," + " " * 20_000 + "x,",
                                    "Master of Arts - MS," + " " * 20_000 + ",",
                                    "Master of Arts -" + " -" * 20_000])
def test_a_long_run_of_spaces_after_the_degree_kind_does_not_hang_the_rule(degree):
    """Not a speed target: the subject opens on a letter, so the spaces before it are read once
    (a subject free to open on a space took ~18 s at 40,000 spaces, quadratic)."""
    from adapters.embedded.parsing.education_fields import _KIND_THEN_SUBJECT
    started = time.perf_counter()
    _KIND_THEN_SUBJECT.match(degree)
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize("degree, field", [
    ("Técnico Superior Universitario en Mecatrónica", "Mecatrónica"),
    ("Tecnólogo em Gastronomia", "Gastronomia"),
    ("Diplomado en Gestión de Operaciones Mineras", "Gestión de Operaciones Mineras"),
    ("Master en Administración de Empresas (MBA)", "Administración de Empresas"),
])
def test_the_subject_after_spanish_french_or_portuguese_in_is_the_field(degree, field):
    assert field_of(degree) == field


@pytest.mark.parametrize("line, field", [
    ("Diplomado en Gestión de Operaciones Mineras — Pontificia Universidad Católica de Chile — 2018",
     "Gestión de Operaciones Mineras"),
])
def test_an_award_named_before_its_school_in_words_the_degree_list_lacks_has_its_field(line, field):
    [entry] = parse_education(line)
    assert entry.field == field
