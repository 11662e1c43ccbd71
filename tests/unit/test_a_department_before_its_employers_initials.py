"""A job at a department of an employer named by its initials ("Department of Physics, UCC"):
the initials are the employer; a town after the department is no employer. A school named with an
ampersand between its names ("KASK & Conservatorium") is read as a name beside its award."""
from __future__ import annotations

from adapters.embedded.parsing.education import parse_education
from adapters.embedded.parsing.experience import parse_experience


def jobs(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.title, e.company) for e in parse_experience(text)[0]]


def test_the_initials_after_a_department_are_the_employer():
    assert jobs("2014 – 2016   Graduate Assistant, Department of Physics, UCC\n") == [("Graduate Assistant", "UCC")]


def test_a_town_after_a_department_is_no_employer():
    assert jobs("2014 – 2016   Lab Technician, Department of Physics, Cape Coast\n")[0][1] != "Cape Coast"


def test_a_school_with_an_ampersand_beside_its_award():
    entries = parse_education("2009 – 2012   Bachelor in Interior Design · Sint Lucas & Narafi · Brussels\n")
    assert entries[0].institution == "Sint Lucas & Narafi"
