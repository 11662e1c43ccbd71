"""A school under the award it gave, in words no list of schools holds ("SENAI Joinville — 2014"
under "Técnico em Mecânica"), and a date after a school's comma ("University of Ibadan, 2011
(Second Class Upper)") that is no part of its name."""
from adapters.embedded.parsing.education import parse_education
from adapters.reference_data.packaged import packaged_reference_data
from domain.installed_reference_data import install_reference_data


def _rows(text: str) -> list[tuple[str | None, str | None, int | None]]:
    install_reference_data(packaged_reference_data())
    return [(e.degree, e.institution, e.graduation_year) for e in parse_education(text)]


def test_a_school_with_initials_and_its_year_under_its_award():
    assert _rows("Técnico em Mecânica\nSENAI Joinville — 2014\n") == [("Técnico em Mecânica", "SENAI Joinville", 2014)]


def test_a_school_ending_in_its_town_under_its_award():
    rows = _rows("2004\nDiploma de asistent medical\nȘcoala Postliceală Sanitară Brașov\n")
    assert rows == [("Diploma de asistent medical", "Școala Postliceală Sanitară Brașov", 2004)]


def test_a_subject_under_a_degree_is_no_school():
    rows = _rows("Bachelor of Engineering\nChemical Engineering\n2013\n")
    assert [r[1] for r in rows] == [None]


def test_a_note_under_a_degree_is_no_school():
    rows = _rows("Diploma in Midwifery\nUpper Second Class Honours, 2015\n")
    assert [r[1] for r in rows] == [None]


def test_a_date_and_its_note_after_a_school_are_no_part_of_its_name():
    assert _rows("BSc Microbiology\nUniversity of Ibadan, 2011 (Second Class Upper)\n") == \
        [("BSc Microbiology", "University of Ibadan", 2011)]
    assert _rows("Higher National Diploma\nKumasi Technical University, 2016.\n") == \
        [("Higher National Diploma", "Kumasi Technical University", 2016)]


def test_a_date_after_a_dash_and_the_university_a_college_is_under():
    rows = _rows("BSc in Midwifery – Institute of Nursing, Agargaon, Dhaka (University of Rajshahi) – 2013\nHSC – 2008\n")
    assert rows == [("BSc in Midwifery", "Institute of Nursing", 2013), ("HSC", None, 2008)]
