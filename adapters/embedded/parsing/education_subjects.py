"""The subject of a degree named in a part of its own after the degree."""
from __future__ import annotations

import re

from adapters.embedded.parsing.education_words import GENERIC_DEGREE, INSTITUTION, SUBJECT_NAME
from adapters.embedded.parsing.work_places import a_place_name
from domain.resumes import EducationEntry

# Words of a place of learning or of a course rather than of a subject ("Harbour Skills Centre")
_NO_SUBJECT = re.compile(r"\b(?:cent(?:re|er|ro)|foundation|fundaci[oó]n|skills?|course|programm?e?|training|"
                         r"certificate|diploma)\b", re.I)
_OWN_LETTERS = re.compile(r"\s?\([A-Z][A-Za-z.]{0,7}\)$")


def subject_after_the_degree(entry: EducationEntry, after_degree: list[str], school_on_the_line: bool) -> str | None:
    """"M.Ed., Curriculum and Instruction — The Ohio State University": the subject named
    between the degree and its school. Under its school ("Simon Fraser University" over
    "Bachelor of Science, Kinesiology · (2010 - 2014)") only after a degree named by its kind
    alone, and never a school's, a course's or a place's name ("Bachelor of Science, Burnaby").
    None when no part names the subject."""
    # ("Bachelor of Science (BS)": the kind with its own letters after it)
    generic = bool(entry.degree and GENERIC_DEGREE.fullmatch(_OWN_LETTERS.sub("", entry.degree)))
    school_above = not school_on_the_line and bool(entry.institution)
    if not ((school_on_the_line and entry.field is None) or ((school_on_the_line or school_above) and generic)):
        return None
    subjects = [p for p in after_degree if SUBJECT_NAME.match(p) and p != entry.institution
                and (school_on_the_line or not (INSTITUTION.search(p) or _NO_SUBJECT.search(p) or a_place_name(p)))]
    return subjects[0] if subjects else None
