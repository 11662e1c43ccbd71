"""Job titles written in Polish, Romanian, Turkish and Indonesian read as titles, whichever side
of the employer they stand."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.job_titles import split_title_company


@pytest.mark.parametrize(("header", "title", "company"), [
    ("Rumah Sakit Mitra Keluarga — Bidan Pelaksana", "Bidan Pelaksana", "Rumah Sakit Mitra Keluarga"),
    ("Sumber Alfaria Trijaya — Kasir", "Kasir", "Sumber Alfaria Trijaya"),
    ("Arçelik Fabrikası — Kaynakçı", "Kaynakçı", "Arçelik Fabrikası"),
    ("Transilvania Logistic — Șofer", "Șofer", "Transilvania Logistic"),
    ("Zakłady Mięsne Bielsko — Magazynier", "Magazynier", "Zakłady Mięsne Bielsko"),
])
def test_a_title_after_its_employer(header: str, title: str, company: str) -> None:
    assert split_title_company([header]) == (title, company)
