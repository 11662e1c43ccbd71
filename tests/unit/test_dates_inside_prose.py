"""Dates inside a running sentence (a project told in prose, the sentence going on past the
dates in lower case) open no job; a header whose dates are followed by its employer does."""
from __future__ import annotations

from adapters.embedded.parsing.experience import parse_experience

PROSE = """EXPERIENCE
Site Supervisor, Harbour Works Ltd.  March 2016 - May 2020
Supervised crews of 12 on the quay; from 3rd June 2017 to 9th July 2017 in 40 days rebuilt
the north wall, and from 2nd May 2018 to 30th May 2018 repaired
the crane rails with a team of six.
"""

HEADER_WITH_EMPLOYER_AFTER = """EXPERIENCE
Staff Nurse, Jan 2019 - Present at Riverside Hospital
Cared for 20 patients a shift.
"""


def test_dates_inside_a_sentence_open_no_job() -> None:
    entries, _ = parse_experience(PROSE)
    assert [(e.title, e.company) for e in entries] == [("Site Supervisor", "Harbour Works Ltd.")]


def test_dates_followed_by_the_employer_still_head_a_job() -> None:
    entries, _ = parse_experience(HEADER_WITH_EMPLOYER_AFTER)
    assert len(entries) == 1 and entries[0].start_date is not None
