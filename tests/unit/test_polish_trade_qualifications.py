"""Poland's vocational qualifications are written in lower case before their trade, whether
a technician's or a skilled worker's ("mechanik pojazdów samochodowych", "kucharz")."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.education import parse_education


@pytest.mark.parametrize("qualification", [
    "mechanik pojazdów samochodowych", "elektromechanik pojazdów samochodowych", "monter sieci i instalacji sanitarnych",
    "fryzjer stylista", "technik żywienia i usług gastronomicznych",
])
def test_a_skilled_workers_qualification(qualification: str) -> None:
    rows = [(e.institution, e.degree, e.graduation_year) for e in parse_education(
        f"Zespół Szkół Budowlanych w Olsztynie — {qualification} — 2014")]
    assert rows == [("Zespół Szkół Budowlanych w Olsztynie", qualification, 2014)]
