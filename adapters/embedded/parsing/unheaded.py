"""Résumés that name no section at all: the name and contact lines, then paragraphs of jobs,
schools and skills. Each paragraph after the contact details takes the section its lines
belong to (date ranges make experience, degrees and schools education, listed items skills),
as a section of unknown heading does."""
from __future__ import annotations

import re

from adapters.embedded.parsing.dates import RANGE
from adapters.embedded.parsing.layout_headings import content_meaning
from adapters.embedded.parsing.sections import Section

_CONTACT_DETAIL = re.compile(r"@|\d[\d\s().-]{7,}\d|https?://|www\.", re.IGNORECASE)
_ENTRY_SECTIONS = ("experience", "education")


def _contact_detail(line: str) -> bool:
    return bool(_CONTACT_DETAIL.search(RANGE.sub(" ", line)))  # "2016 - 2019" is no phone number


def _paragraphs(lines: list[str]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            out[-1].append(line)
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def _entries_apart(paragraph: list[str]) -> list[list[str]]:
    """A contact block run straight on into dated entries with no blank line between (a Word
    table of jobs right under the contact lines: "Head Chef | The Ritz, London | 2015 - 2024")
    is two paragraphs: the entries begin after the last contact detail."""
    last = max((i for i, line in enumerate(paragraph) if _contact_detail(line)), default=-1)
    rest = paragraph[last + 1:]
    if last < 0 or not any(RANGE.search(line) for line in rest):
        return [paragraph]
    return [paragraph[:last + 1], rest]


def sections_by_content(header: list[str], sections: list[Section]) -> tuple[list[str], list[Section]]:
    """(header, sections) with the unheaded paragraphs of the header made sections, when the
    headings found (if any) name no experience: jobs written under the name, before the
    first heading ("Education"), are the résumé's experience."""
    if any(s.name == "experience" for s in sections):
        return header, sections
    paragraphs = [part for p in _paragraphs(header) for part in _entries_apart(p)]
    last_contact = max((i for i, p in enumerate(paragraphs) if any(_contact_detail(line) for line in p)),
                       default=-1)
    if last_contact < 0:
        return header, sections  # no contact block to stand behind: the header may be all name
    kept = [line for p in paragraphs[:last_contact + 1] for line in (*p, "")]
    found: list[Section] = []
    for paragraph in paragraphs[last_contact + 1:]:
        name = content_meaning(paragraph)
        if found and found[-1].name == name:
            found[-1].lines.extend(["", *paragraph])
        else:
            found.append(Section(name, "", list(paragraph)))
    named = {s.name for s in sections}
    if not any(s.name in _ENTRY_SECTIONS and s.name not in named for s in found):
        return header, sections
    return kept, found + sections
