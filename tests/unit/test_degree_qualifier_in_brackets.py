"""A bracket after a degree's abbreviation that qualifies the degree ("(Ed)", "(Hons)",
"(Econ)", "(Eng)", "(Agric)") belongs to the degree: the field is what follows it. A bracket
with nothing after it names the field when written out ("B.Tech (Mechanical)"), and none when
shortened ("MA (Econ)"). Fictional entries."""
import pytest

from adapters.embedded.parsing.education import parse_education


@pytest.mark.parametrize("line, field", [
    ("B.Sc. (Ed) Mathematics", "Mathematics"),
    ("B.Sc. (Ed.) Mathematics", "Mathematics"),
    ("B.A. (Ed) English Language", "English Language"),
    ("MSc (Eng) Civil Engineering", "Civil Engineering"),
    ("BSc (Econ) Economics", "Economics"),
    ("B.Sc (Agric) Animal Science", "Animal Science"),
    ("BSc (Hons) Nursing", "Nursing"),
    ("BA (Hons) Accounting and Finance", "Accounting and Finance"),
    ("BEng (Hons) Mechanical Engineering", "Mechanical Engineering"),
    ("B.Ed. (Primary)", "Primary"),
    ("B.Tech (Mechanical)", "Mechanical"),
    ("MBA (Finance)", "Finance"),
    ("MA (Econ)", None),
    ("MSc (Eng)", None),
])
def test_the_field_follows_the_degree_s_own_bracket(line, field):
    (entry,) = parse_education(f"{line}, University of Lagos, 2014")
    assert (entry.field, entry.institution, entry.graduation_year) == (field, "University of Lagos", 2014)


def test_the_degree_keeps_its_bracket():
    (entry,) = parse_education("B.Sc. (Ed) Mathematics\nUniversity of Lagos, 2014")
    assert entry.degree == "B.Sc. (Ed) Mathematics" and entry.field == "Mathematics"


def test_a_name_spelled_like_the_engineering_degree_is_no_degree():
    (entry,) = parse_education("Tan Beng Huat Institute\nDiploma in Business")
    assert entry.degree == "Diploma in Business" and entry.institution == "Tan Beng Huat Institute"
