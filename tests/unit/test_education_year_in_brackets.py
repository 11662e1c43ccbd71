"""A qualification, its school and the year in brackets on one line ('Culinary Arts
Certificate, Portland Community College (2019)'): the three apart, never the whole line as
the school's name (fictional résumés)."""
from adapters.embedded.parsing.education import parse_education


def test_a_year_in_brackets_after_the_school_parts_the_line():
    [entry] = parse_education("Culinary Arts Certificate, Portland Community College (2019)")
    assert (entry.degree, entry.institution, entry.graduation_year) == \
        ("Culinary Arts Certificate", "Portland Community College", 2019)
