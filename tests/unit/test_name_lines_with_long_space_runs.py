"""A name line with a long run of spaces (a PDF's banner flattened: the name, a wide gap, a
trade) is read in time linear in its length: the pattern parting the name from what follows
tries a run of spaces from its start only."""
from __future__ import annotations

import time

import pytest

from adapters.embedded.parsing.contact import parse_contact


@pytest.mark.parametrize("line", [
    "THABO NKOSI" + " " * 40_000 + "Electrician",
    "THABO NKOSI" + " \t" * 20_000 + "x",
])
def test_a_long_run_of_spaces_on_the_name_line_does_not_hang(line):
    header = f"{line}\nJohannesburg\n"
    _read_in_time(header)


@pytest.mark.parametrize("line", [
    "Leeds" + " " * 40_000 + "x",
    "Leeds, West Yorkshire" + " " * 40_000 + "LS11 5AB x",
    "Leeds" + " " * 40_000 + "- x",
])
def test_a_long_run_of_spaces_on_a_contact_line_does_not_hang(line):
    _read_in_time(f"Thabo Nkosi\n{line}\n")


def _read_in_time(header: str) -> None:
    start = time.perf_counter()
    parse_contact(header, header.splitlines())
    # A guard, not a benchmark: half a minute before (quadratic), well under a second now.
    assert time.perf_counter() - start < 5.0


@pytest.mark.parametrize("line", [
    "Thabo Nkosi – Electrician", "Thabo Nkosi | Electrician", "Thabo Nkosi / Electrician",
    "THABO NKOSI        Electrician", "LIAM WALSH ‖ Surveyor", "Thabo Nkosi  |  Electrician",
])
def test_the_name_is_still_parted_from_the_trade(line):
    header = f"{line}\nJohannesburg\n"
    name = parse_contact(header, header.splitlines()).name
    assert name in ("Thabo Nkosi", "Liam Walsh")


def test_a_long_run_of_spaces_on_the_headline_does_not_hang():
    from adapters.embedded.parsing.headline_job import headline_title

    start = time.perf_counter()
    headline_title(["Jane Doe", "Qualification:" + " " * 40_000 + "x"], 0, schooling_only=False)
    assert time.perf_counter() - start < 5.0
    assert headline_title(["Jane Doe", "Staff Nurse  , ICU"], 0, schooling_only=False).title == "Staff Nurse"
