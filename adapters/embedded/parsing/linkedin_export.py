"""LinkedIn's "Save to PDF" profile, as text: its sidebar ("Contact", "Top Skills", "Languages",
"Certifications", "Honors-Awards") comes first, then the person's name, headline and location,
then "Summary" and "Experience". Read as it stands, the name ends the sidebar's last list (a
certificate named "Jolene Tan") and the header above the sections is empty; so the block of the
name is put first, where a résumé's name stands."""
from __future__ import annotations

import re

from adapters.embedded.parsing.contact import looks_like_name
from adapters.embedded.parsing.job_titles import names_work
from adapters.embedded.parsing.work_places import a_place_alone

# The export's marks: its sidebar's heading of skills, and a profile's address
_TOP_SKILLS = re.compile(r"^\s*Top Skills\s*$", re.MULTILINE)
_PROFILE = re.compile(r"linkedin\.com/in/", re.IGNORECASE)
# The main column's first heading, under the name's block
_MAIN_HEADING = re.compile(r"^\s*(?:Summary|Experience)\s*$")
_MAX_BLOCK = 4  # the name, a headline (wrapped at most once) and a location


def name_block_first(text: str) -> str:
    """The text with the export's name, headline and location moved to its top; any other text
    as it was."""
    if not (_TOP_SKILLS.search(text) and _PROFILE.search(text)):
        return text
    lines = text.split("\n")
    main = next((k for k, line in enumerate(lines) if _MAIN_HEADING.match(line)), None)
    if main is None:
        return text
    end = main
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    start = end
    while start > 0 and lines[start - 1].strip() and end - start < _MAX_BLOCK:
        start -= 1
    block = lines[start:end]
    if not block or (start > 0 and lines[start - 1].strip()) or not looks_like_name(block[0].strip()):
        shaped = _start_by_shape(lines, end)
        if shaped is None:
            return text
        start, block = shaped, lines[shaped:end]
    return "\n".join([*block, "", *lines[:start], *lines[end:]])


def _start_by_shape(lines: list[str], end: int) -> int | None:
    """Where the name's block starts when no blank line parts it from the sidebar's last list
    (a text extractor drops blank lines): the block ends with the person's location, and the
    name stands over a headline of one line, or of two when it wrapped."""
    if end < 3 or not _a_profile_location(lines[end - 1].strip()):
        return None
    names = [k for k in (end - 3, end - 4) if k >= 0 and looks_like_name(lines[k].strip())]
    return names[0] if names else None


def _a_profile_location(line: str) -> bool:
    """"Rotterdam, South Holland, Netherlands", "Greater Boston", "Lisbon Area, Portugal"."""
    return a_place_alone(_AREA_WORDS.sub("", line).strip(" ,"), names_work)


# (?<!\s): a run of spaces is tried from its start only (from each of its spaces it is quadratic).
_AREA_WORDS = re.compile(r"^Greater\s+|(?<!\s)\s+(?:Metropolitan\s+)?Area\b", re.IGNORECASE)
