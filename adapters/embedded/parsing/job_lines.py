"""Work history written one job a line ("Head Chef, The Old Mill, Ludlow - 2016 to date",
"Staff Nurse (Band 5), County Hospital - 2010 - 2014", "Porter, 2008 - 2010"), with no
heading or under a heading of one plain word ("Career", "Work", "Jobs") or a phrase ("Where
I've worked"). Several such lines in a row, descriptions between them, are the experience
section of a résumé that names none."""
from __future__ import annotations

import re

from adapters.embedded.parsing.dates import RANGE
from adapters.embedded.parsing.education_words import DEGREE, INSTITUTION
from adapters.embedded.parsing.sections import Section
from adapters.embedded.parsing.title_at_employer import a_title_at_an_employer

_ORNAMENT = "#_=~|:*-•●▪ \t"
# What may follow the dates of a job line: their closing bracket, a note in brackets
# ("(ACA qualified 2012)").
_AFTER_DATES = re.compile(r"^\s*[)\]]?\s*(?:\([^)]*\)|\[[^]]*\])?\s*\.?\s*$")
_MAX_WORDS_BEFORE = 14
# Description lines allowed between two job lines of one run.
_MAX_GAP = 4


def job_line(line: str) -> bool:
    """"Title, Employer[, Town] - dates" or "Title - Employer (dates)": a short run of names
    ended by a date range. Never a school's line ("BSc Nursing, Leeds University, 2005 - 2008")
    nor a sentence that mentions years."""
    text = line.strip().lstrip(_ORNAMENT)
    ranges = list(RANGE.finditer(text))
    if not ranges or not _AFTER_DATES.match(text[ranges[-1].end():]):
        return False
    before = text[:ranges[-1].start()].rstrip(" -–—|,(\t")
    words = before.split()
    if not 1 <= len(words) <= _MAX_WORDS_BEFORE or not before[:1].isupper():
        return False
    if re.search(r"[.;:!?]\s", before):
        return False
    # ("Leiter Technik bei Müller GmbH": a title at its employer is work, whatever degree or
    # school word it holds)
    if (DEGREE.search(before) or INSTITUTION.search(before)) and not a_title_at_an_employer(before):
        return False
    return "," in before or " - " in before or "(" in before or len(words) <= 4 or a_title_at_an_employer(before)


def _run(lines: list[str]) -> tuple[int, int] | None:
    """(first, last) indexes of the first run of two or more job lines with at most a few
    description lines between them."""
    first = last = -1
    count = 0
    for index, line in enumerate(lines):
        if not job_line(line):
            continue
        if count and index - last - 1 > _MAX_GAP:
            if count >= 2:
                break
            count = 0
        if not count:
            first = index
        last = index
        count += 1
    return (first, last) if count >= 2 else None


def _paragraph_end(lines: list[str], last: int) -> int:
    end = last + 1
    while end < len(lines) and lines[end].strip():
        end += 1
    return end


def _split(lines: list[str]) -> tuple[list[str], list[str], list[str]] | None:
    run = _run(lines)
    if run is None:
        return None
    end = _paragraph_end(lines, run[1])
    return lines[:run[0]], lines[run[0]:end], lines[end:]


def jobs_without_heading(header: list[str], sections: list[Section]) -> tuple[list[str], list[Section]]:
    """(header, sections) with a run of job lines in the header or the summary made the
    experience section, when the résumé has none."""
    if any(s.name == "experience" for s in sections):
        return header, sections
    split = _split(header)
    if split is not None:
        before, jobs, after = split
        return before + after, [Section("experience", "", jobs), *sections]
    for index, section in enumerate(sections):
        if section.name != "summary" or (split := _split(section.lines)) is None:
            continue
        before, jobs, after = split
        kept = Section(section.name, section.heading, before + after)
        return header, [*sections[:index], kept, Section("experience", "", jobs), *sections[index + 1:]]
    return header, sections
