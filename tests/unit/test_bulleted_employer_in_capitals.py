"""An employer set as a list item in capitals over its "Title | dates" line ("● HILTON
MANILA"); a duty in sentence case over the next job is no employer."""
from __future__ import annotations

from adapters.embedded.parsing.experience import parse_experience

TEXT = """\
● MARCO POLO DAVAO HOTEL
  Night Auditor | March 2020 – present
  - Balanced the day's revenue
● Guest Folios

● SEDA ABREEZA
  Front Office Clerk | May 2016 – February 2020
"""


def test_a_bulleted_employer_in_capitals() -> None:
    entries, _ = parse_experience(TEXT)
    assert [(e.title, e.company) for e in entries] == [
        ("Night Auditor", "MARCO POLO DAVAO HOTEL"), ("Front Office Clerk", "SEDA ABREEZA")]


def test_the_next_employer_is_no_duty_of_the_job_before() -> None:
    entries, _ = parse_experience(TEXT)
    assert entries[0].description is not None and "SEDA" not in entries[0].description
