"""Headings by how they look. A line set like the document's recognised headings (the same
weight, size, heading style and case) is a heading too, whatever its words ("Where I Have
Worked", "Registrations Held"); what its section holds is then read from its lines: date
ranges make experience, degrees and schools education, licence words certifications, short
listed items skills.

A job title set in bold like the headings stays an entry: a heading by look opens a section
only when its lines belong to another section than the one it stands in."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from adapters.embedded.parsing.dates import RANGE, SINCE, YEAR
from adapters.embedded.parsing.education_words import INSTITUTION
from adapters.embedded.parsing.headings import heading_shaped, meaning, words_of
from adapters.embedded.parsing.job_titles import title_score
from adapters.embedded.parsing.title_at_employer import a_title_at_an_employer
from domain.document_layout import LARGER_TYPE, LineLook

KNOWN_SECTIONS = ("experience", "education", "skills", "certifications", "summary", "projects")
_LICENCE_WORDS = re.compile(r"\b(?:licen[cs]\w*|certif\w*|registered|registration|accredit\w*|"
                            r"endorsement|credential\w*)\b", re.I)
# Degrees by their long names or unmistakable initials ("MS" may be MS Office).
_DEGREE_WORDS = re.compile(r"\b(?:bachelor'?s?|master'?s?|doctorate|diploma|degree|b\.\s?sc|m\.\s?sc|"
                           r"bsc|msc|b\.\s?tech|m\.\s?tech|b\.\s?com|m\.\s?com|mba|ph\.?\s?d|gcses?|"
                           r"a[- ]levels?|high school|abitur|licenciatura|bacharelado|graduat\w*)\b", re.I)
_CONTACT_DETAIL = re.compile(r"@|\d[\d\s().-]{7,}\d")
_LIST_MARKS = re.compile(r"[,;|•·▪●]")
Signature = tuple[bool, float, bool, bool]


def key(line: str) -> str:
    return " ".join(line.split()).strip(" :").casefold()


class Looks:
    """The looks of a document's lines, by their text."""

    def __init__(self, looks: Sequence[LineLook]) -> None:
        self._by_text: dict[str, LineLook] = {}
        for look in looks:
            self._by_text.setdefault(key(look.text), look)
        named = {signature(look) for look in looks if look.emphasised and _named_section(look.text)}
        # With no heading of known words, larger type shared by several short lines (the
        # name is set larger too, but once) marks the headings.
        larger = Counter(signature(look) for look in looks
                         if look.size >= LARGER_TYPE and heading_shaped(look.text.strip(" :")))
        self.heading_signatures = frozenset(named | {s for s, n in larger.items() if n >= 2})

    def __bool__(self) -> bool:
        return bool(self._by_text)

    def of(self, line: str) -> LineLook | None:
        return self._by_text.get(key(line))

    def emphasised(self, line: str) -> bool:
        look = self.of(line)
        return look is not None and look.emphasised

    def like_a_heading(self, line: str) -> bool:
        """Set as the recognised headings are, or in a heading style."""
        look = self.of(line)
        if look is None or not look.emphasised:
            return False
        return look.heading_style or signature(look) in self.heading_signatures

    def larger(self, line: str) -> bool:
        look = self.of(line)
        return look is not None and (look.size >= LARGER_TYPE or look.heading_style)


def signature(look: LineLook) -> Signature:
    text = look.text.strip(" :")
    return (*look.signature, text.isupper())


def _named_section(text: str) -> bool:
    return meaning(words_of(text)) in (*KNOWN_SECTIONS, "other", "languages")


_PARTS = re.compile(r"\s*(?:[,|;]|\s[-–—]\s)\s*")


def _names_an_occupation(line: str) -> bool:
    """A part of the line on its own names a job title ("Pharmacy Technician (Band 5)")."""
    return any(title_score(part) > 0 for part in _PARTS.split(line) if part.strip())


def content_meaning(lines: Iterable[str]) -> str:
    """The section that lines under a heading of unknown words belong to, or "other"."""
    lines = [line.strip() for line in lines if line.strip()]
    # a year range ("2016 - 2019") looks like a phone number to the contact pattern
    contacts = sum(1 for line in lines if _CONTACT_DETAIL.search(RANGE.sub(" ", line)))
    if not lines or contacts * 2 >= len(lines):
        return "other"  # contact details under a name set like a heading
    dated = sum(1 for line in lines if RANGE.search(line) or SINCE.search(line))
    # ("School Bus Driver", "Cook, Riverside Primary School": a job at a school is no schooling)
    # ("St Mary's University Hospital, Staff Nurse (Band 5), 2019 - present": a part that names
    # an occupation makes the school word an employer's)
    # ("Diploma Coordinator at Springfield College": a title at its employer is work)
    schooled = sum(1 for line in lines if (_DEGREE_WORDS.search(line) and not a_title_at_an_employer(RANGE.sub(" ", line)))
                   or (INSTITUTION.search(line) and title_score(line) <= 0 and not _names_an_occupation(line)))
    # ("Certificate IV in Fitness, Riverbank Institute of TAFE, 2019": a course with the school
    # that taught it, and its year, is schooling)
    licensed = sum(1 for line in lines if _LICENCE_WORDS.search(line)
                   and not (INSTITUTION.search(line) and YEAR.search(line) and title_score(line) <= 0))
    if licensed * 2 >= len(lines) and licensed >= schooled:
        return "certifications"
    if schooled and schooled >= dated:
        return "education"
    if dated:
        return "experience"
    listed = sum(1 for line in lines if len(line.split()) <= 4 or len(_LIST_MARKS.findall(line)) >= 2)
    if listed * 4 >= 3 * len(lines):
        return "skills"
    return "other"
