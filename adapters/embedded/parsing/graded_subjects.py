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
    """The schooling less its graded-subject lines and its school-leaving examinations' lines
    (without_exam_subjects), for reading the skills it names."""
    return "\n".join(line for line in without_exam_subjects(text).split("\n") if not graded_subjects(line))


# A line of an examination's entry, not a sentence that mentions one in passing.
_MOST_ENTRY_WORDS = 16
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)(?<!\b[A-Z]\.)")
# A bare list of subjects written under the examination's line ("Maths, English, Science").
_SUBJECT = re.compile(r"^[A-Z][\w&'’ -]{0,30}?(?:\s*\([^()]{1,12}\))?$")


def without_exam_subjects(text: str) -> str:
    """The text with the lines of a school-leaving examination blanked, and a bare list of
    subjects just under one: "GCSEs: Maths, English, Science (grades 9–4)", "WASSCE (English,
    Mathematics, Biology) – Accra Academy, 2012" list subjects sat at school, no skills the
    person claims ("Maths" is no geometry, "Biology" no lab skill)."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if not _an_exam_entry(line):
            continue
        lines[k] = ""
        if k + 1 < len(lines) and _a_bare_subject_list(lines[k + 1]):
            lines[k + 1] = ""
    return "\n".join(lines)


# A baccalaureate that is a university's degree ("Baccalaureate in Nursing"), not a school's exam.
_A_DEGREE = re.compile(r"\bbaccalaureate\s+(?:degree|in|of)\b", re.IGNORECASE)


def _an_exam_entry(line: str) -> bool:
    return _EXAM.search(line) is not None and not _A_DEGREE.search(line) and len(line.split()) <= _MOST_ENTRY_WORDS \
        and _SENTENCE_STOP.search(line.strip().rstrip(".")) is None


def _a_bare_subject_list(line: str) -> bool:
    items = [i.strip() for i in re.split(r"[,;|]|\s+and\s+", line.strip().strip("•●▪*·-– ").strip()) if i.strip()]
    return len(items) >= 2 and all(_SUBJECT.match(i) and len(i.split()) <= 3 for i in items)
