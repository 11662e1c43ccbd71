"""Education lines with long runs of spaces (a PDF's columns flattened) are read in time linear
in their length: the patterns that open with a run of spaces try it from its start only."""
from __future__ import annotations

import time

import pytest

from adapters.embedded.parsing.education import parse_education


@pytest.mark.parametrize("line", [
    "2015." + " " * 40_000 + "x",
    "BSc Nursing" + " " * 40_000 + "- x",
    "Diploma" + " " * 40_000 + "from x",
    "Session" + " " * 40_000 + "2012",
    "Driver CPC" + " " * 40_000 + "valid x",
])
def test_a_long_run_of_spaces_does_not_hang(line):
    start = time.perf_counter()
    parse_education(f"Education\n{line}\n")
    # A guard, not a benchmark: minutes before (quadratic), well under a second now.
    assert time.perf_counter() - start < 5.0


def test_the_patterns_still_read_what_they_read():
    (entry,) = parse_education("Education\nBSc Nursing, University of Leeds - Leeds, 2016 (valid to 2027)\n")
    assert entry.institution and "Leeds" in entry.institution
