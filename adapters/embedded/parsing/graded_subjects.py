"""Lines that list a school-leaving examination's subjects with their grades, under the
examination they belong to:

    A-Levels — St Brendan's Sixth Form College, 2021
      Mathematics (B), Physics (C), Design & Technology (B)
    GCSEs — Bristol Brunel Academy, 2019
      9 GCSEs grades 9–5 including English and Maths

They are the examination's detail: no award of their own, and the subjects are no skills
the person claims ("Mathematics", "Physics")."""
from __future__ import annotations

import re

# A subject and its grade: "Physics (C)", "Maths: A*", "English - 7", "Biology (Merit)"
_GRADE = r"(?:[A-E][*+]?|[1-9]|distinction|merit|pass|credit)"
_SUBJECT_GRADE = re.compile(rf"^[A-Z][\w&'’ -]{{1,40}}?\s*(?:\(\s*{_GRADE}\s*\)|[:–—-]\s*{_GRADE})$", re.I)
# "9 GCSEs grades 9–5 including ...", "3 A-Levels (AAB)", "8 O-levels": a count of the exam's passes
_COUNTED_EXAM = re.compile(r"^\d{1,2}\s+(?:i?gcses?|a[- ]?levels?|as[- ]levels?|o[- ]levels?|(?:advanced\s+)?highers|"
                           r"subjects|passes|credits)\b", re.I)
_EXAM = re.compile(r"\b(?:i?gcses?|a[- ]?levels?|as[- ]levels?|o[- ]levels?|highers|waec|wassce|kcse|matric\w*|"
                   r"leaving\s+cert\w*|baccalaur\w*|bachillerato|abitur)\b", re.I)


def graded_subjects(line: str) -> bool:
    """Two or more subjects each with its grade, or a count of the exam's passes."""
    text = line.strip().strip("•●▪*·-– ").strip()
    if _COUNTED_EXAM.match(text):
        return True
    items = [i.strip() for i in re.split(r"[,;|]", text) if i.strip()]
    return len(items) >= 2 and all(_SUBJECT_GRADE.match(i) for i in items)


def detail_of_an_exam(line: str, degree: str | None) -> bool:
    """A graded-subjects line right under an examination's entry."""
    return bool(degree) and bool(_EXAM.search(degree or "")) and graded_subjects(line)


def without_graded_subjects(text: str) -> str:
    """The schooling less its graded-subject lines, for reading the skills it names."""
    return "\n".join(line for line in text.split("\n") if not graded_subjects(line))
