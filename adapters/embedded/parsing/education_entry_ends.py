"""The ends of an education entry: the year its text gives, and the label or date left on its
degree's or school's name once the row has been read."""
from __future__ import annotations

import re

from adapters.embedded.parsing.dates import POINT, RANGE, YEAR, find_ranges
from adapters.embedded.parsing.education_fields import field_of
from domain.resumes import EducationEntry


def year_of(text: str) -> int | None:
    ranges = find_ranges(text)
    if ranges:
        end = ranges[0].end
        return end.year if end else None
    years = YEAR.findall(text)
    return int(years[-1]) if years else None


# "Vocational Course: Welding, Kisumu Polytechnic, 2013": the label says what kind of study the
# row names, which helps read it, but is no part of the course's name.
_COURSE_LABEL = re.compile(r"^(?:vocational|technical|professional|short|trade|skills?|further)\s+"
                           r"(?:course|training|qualification|programme|program)s?\s*[:：]\s*(?=\S)", re.I)


# "University of Lagos, 2010 (Second Class Upper)": the date after a school's name, and any note
# after the date, are no part of the name, whichever way the row was read.
# (The blanks before the comma are tried from their start only, and those after the date taken
# whole: a long run of spaces is read in one pass.)
_DATE_TAIL = re.compile(rf"(?:(?<!\s)\s+)?[,;]\s*(?:{RANGE.pattern}|{POINT.pattern})\s*+(?:\([^()]*\))?\s*+\.?\s*+$", re.I)


def without_course_label(entry: EducationEntry) -> EducationEntry:
    if entry.degree and (label := _COURSE_LABEL.match(entry.degree)):
        entry.degree = entry.degree[label.end():]
        entry.field = field_of(entry.degree)
    if entry.institution and (tail := _DATE_TAIL.search(entry.institution)) and tail.start() > 0:
        if entry.graduation_year is None:
            entry.graduation_year = year_of(tail.group())
        entry.institution = entry.institution[:tail.start()]
    return entry
