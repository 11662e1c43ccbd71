"""Headings of the work history that the families of heading words (headings.py) leave out:
one plain word alone on its line ("CAREER", "Work:", "Jobs"), which beside other words is a
modifier ("Social Work", "Career Counselling"), or a phrase of the jobs held ("Where I've
worked")."""
from __future__ import annotations

import re

# A heading of one plain word, which beside other words is a modifier ("Social Work",
# "Career Counselling") but alone on its line names the jobs; or a phrase of the jobs held.
_PLAIN_HEADING = re.compile(r"^(?:work|career|careers|jobs|employment|employers)$", re.I)
_PHRASE_HEADING = re.compile(
    r"^(?:where|places|companies|organisations|organizations|employers)\s+(?:i|i'?ve|i\s+have)?\s*"
    r"(?:have\s+)?worked(?:\s+(?:at|for|in))?$|^jobs\s+i'?(?:ve|\s+have)\s+(?:had|held|done)$", re.I)
_ORNAMENT = "#_=~|:*-•●▪ \t"


def names_the_jobs(line: str) -> bool:
    """The line alone is a heading of the work history ("CAREER", "Work:", "Where I've worked")."""
    text = line.strip().strip(_ORNAMENT).strip()
    return bool(_PLAIN_HEADING.match(text) or _PHRASE_HEADING.match(text.replace("’", "'")))
