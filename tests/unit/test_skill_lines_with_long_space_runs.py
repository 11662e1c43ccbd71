"""A skills line with a long run of spaces (a PDF's columns flattened) is read in time linear in
its length: a list of credentials sharing their last word ("Class B & C licences") has its end
tried where a run of spaces starts only."""
from __future__ import annotations

import asyncio
import time

import pytest

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor

PARSER = RuleBasedResumeParser(EmbeddedSkillExtractor())


@pytest.mark.parametrize("line", [
    "Forklift," + " " * 20_000 + "/ Picking",
    "Class B," + " " * 20_000 + "x licences",
])
def test_a_long_run_of_spaces_on_a_skills_line_does_not_hang(line):
    asyncio.run(PARSER.parse("Jane Doe\nLeeds\n\nSkills\nWarehouse work\n"))  # the taxonomy loaded first
    start = time.perf_counter()
    asyncio.run(PARSER.parse(f"Jane Doe\nLeeds\n\nSkills\n{line}\n"))
    # A guard, not a benchmark: half a minute before (quadratic), well under a second now.
    assert time.perf_counter() - start < 5.0
