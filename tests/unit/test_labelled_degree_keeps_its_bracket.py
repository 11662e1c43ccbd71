"""A labelled degree that ends in a bracket of its own ("Qualification: Technik logistyk
(Logistics Technician)", Europass's "Title of qualification awarded") keeps the bracket closed;
a date in brackets after it is still left off (fictional résumés)."""
import pytest

from adapters.embedded.parsing.education_labels import labelled_field


@pytest.mark.parametrize("line, value", [
    ("Qualification: Technik logistyk (Logistics Technician)", "Technik logistyk (Logistics Technician)"),
    ("Qualification: Diploma in Welding (Level 3)", "Diploma in Welding (Level 3)"),
    ("Degree: BSc Nursing (2012)", "BSc Nursing"),
    ("Course: Welding (2012 - 2013)", "Welding"),
])
def test_the_degree_s_own_bracket_stays_closed(line, value):
    assert labelled_field(line) == ("degree", value)
