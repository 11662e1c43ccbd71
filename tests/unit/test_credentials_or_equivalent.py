"""A list of credentials an ad closes with "or equivalent" ("ACA, ACCA or equivalent
professional qualification") offers a choice: one requirement any of them meets, not each a
gate of its own (an ACA was told they missed the ACCA). Tools so listed, or credentials listed
without "or equivalent", stay apart."""
from __future__ import annotations

import time

import pytest

from domain.job_ad_alternatives import _OR_EQUIVALENT
from domain.job_skills import description_skills
from tests.unit.test_job_skill_alternatives import _skills


@pytest.mark.parametrize(("title", "ad", "required"), [
    ("Audit Senior", "Requirements: ACA, ACCA or equivalent professional qualification.", ["ACA or ACCA"]),
    ("Finance Manager", "You must be ACCA, CIMA qualified or an equivalent.", ["ACCA or CIMA"]),
    ("Staff Nurse", "You will hold BLS, ILS / equivalent.", ["BLS or ILS"]),
])
def test_credentials_closed_by_or_equivalent_are_one_requirement(title, ad, required):
    assert description_skills(title, ad, _skills(), 50)[0] == required


@pytest.mark.parametrize(("title", "ad", "required"), [
    ("Accountant", "ACCA, CIMA.", ["ACCA", "CIMA"]),
    ("Data Analyst", "Python, SQL or equivalent.", ["Python", "SQL"]),
])
def test_other_lists_stay_apart(title, ad, required):
    assert description_skills(title, ad, _skills(), 50)[0] == required


def test_a_long_run_of_spaces_does_not_hang_the_match():
    text = "ACA" + " " * 100_000 + "qualified" + " " * 100_000 + "x"
    start = time.perf_counter()
    assert _OR_EQUIVALENT.match(text, 3) is None
    assert time.perf_counter() - start < 5.0
