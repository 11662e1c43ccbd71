"""Education rows the word lists alone misread: an examination in subjects with no school
("GCSEs in History, French and Art, 2013"), a course row under a label ("Technical Course: ..."),
an award, a dash, its school and a comma before the year, and a school first set off by a dash."""
from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.sections import split_sections
from adapters.reference_data.packaged import packaged_reference_data
from domain.installed_reference_data import install_reference_data


def _rows(text: str) -> list[tuple[str | None, str | None, int | None]]:
    install_reference_data(packaged_reference_data())
    return [(e.degree, e.institution, e.graduation_year) for e in parse_education(text)]


def test_an_exam_in_subjects_names_no_school():
    assert _rows("GCSEs in History, French and Art, 2013\n") == [("GCSEs in History, French and Art", None, 2013)]
    assert _rows("A-Levels: Physics (A), Economics (B) (2016)\n") == [("A-Levels: Physics (A), Economics (B)", None, 2016)]


def test_an_exam_with_its_school_keeps_the_school():
    assert _rows("GCSEs, Oakfield Academy, 2012\n") == [("GCSEs", "Oakfield Academy", 2012)]


def test_a_course_label_is_no_part_of_the_course():
    rows = _rows("Technical Course: Refrigeration Mechanic, Nairobi Technical Training Institute, 2015\n")
    assert rows == [("Refrigeration Mechanic", "Nairobi Technical Training Institute", 2015)]


def test_an_award_dash_its_school_comma_the_year():
    rows = _rows("FETAC Level 5 Healthcare Support (5M4349) — Kerry ETB, 2016\n"
                 "Trade Test: Boilermaker (Red Seal) – Kimberley Artisan Centre, 2012\n")
    assert rows == [("FETAC Level 5 Healthcare Support (5M4349)", "Kerry ETB", 2016),
                    ("Trade Test: Boilermaker (Red Seal)", "Kimberley Artisan Centre", 2012)]


def test_a_school_first_then_a_dash_and_what_it_awarded():
    rows = _rows("Liceul Tehnologic Dorna — Mechanical Technician (Tehnician mecanic), 2009\n")
    assert rows == [("Mechanical Technician (Tehnician mecanic)", "Liceul Tehnologic Dorna", 2009)]


def test_a_labelled_entry_first_under_qualifications_is_its_content():
    _, sections = split_sections("QUALIFICATIONS\nTrade Test: Electrician – Germiston Artisan Centre, 2011\n"
                                 "N2 Electrical Engineering – Sedibeng TVET College, 2008\n")
    assert [(s.name, len(s.lines)) for s in sections] == [("education", 2)]
