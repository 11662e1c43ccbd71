"""A university degree's initials before its major ("MBA Finance", "MBA Marketing and Finance")
are a degree, not the body that awarded the degree spelled out beside them, as a professional
credential's initials before a name are ("CPA Ontario")."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.education import parse_education


@pytest.mark.parametrize("line", [
    "Master of Business Administration (MBA), MBA Finance, 2015",
    "Master of Business Administration, MBA Finance, 2015",
    "MBA, MBA Finance, 2015",
    "Master of Business Administration - MBA Finance - 2015",
])
def test_an_mba_with_its_major_is_no_institution(line: str) -> None:
    entries = parse_education(line + "\n")
    assert all(e.institution != "MBA Finance" for e in entries)
    assert any(e.degree == "MBA Finance" and e.field == "Finance" for e in entries)


def test_a_professional_credential_s_body_is_still_read() -> None:
    [entry] = parse_education("Chartered Professional Accountant (CPA), CPA Ontario, 2019\n")
    assert (entry.degree, entry.institution, entry.graduation_year) == ("Chartered Professional Accountant (CPA)", "CPA Ontario", 2019)
