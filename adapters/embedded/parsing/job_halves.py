"""Which line holds the other half of a job's header (its title or its employer) when the
layout parts them: each employer written over its "Title, dates" line, and a header's parts set
apart by bullets or middle dots."""
from __future__ import annotations

import re

from adapters.embedded.parsing.dates import DateRange, find_ranges, unread_range
from adapters.embedded.parsing.header_lines import BULLET, is_header_like

_TRAILING_SEPARATOR = re.compile(r"\s*[-–—|,]\s*$")
_DASH_SEP = re.compile(r"\s+[|–—-]\s+")
_AT = re.compile(r"\s+(?:at|@)\s+", re.I)
# A bullet or middle dot set between a header's parts ("SITE CARPENTER • Rhatigan • Galway • 2018 –
# Present") parts them as a bar does; one that opens a line marks an item of a list.
_DOT_BETWEEN_PARTS = re.compile(r"(?<=\S)\s+[•·●▪]\s+(?=\S)")


def dots_as_bars(line: str) -> str:
    if BULLET.match(line) or len(_DOT_BETWEEN_PARTS.findall(line)) < 2:
        return line
    return _DOT_BETWEEN_PARTS.sub(" | ", line)


def dated(line: str) -> bool:
    return bool(find_ranges(line)) or unread_range(line)


def _a_lone_half(rest: str) -> bool:
    """A title or an employer alone beside the dates, with nothing parted from it."""
    rest = _TRAILING_SEPARATOR.sub("", rest.strip())
    return bool(rest) and ", " not in rest and "|" not in rest and not _DASH_SEP.search(rest) \
        and not _AT.search(rest)


def heads_the_next_job(lines: list[str], below: int, next_anchor: tuple[int, DateRange | None, str]) -> bool:
    """The line under a job's dates is right over the next job's lone title and dates."""
    j = below + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    return j == next_anchor[0] and _a_lone_half(next_anchor[2])


def a_half_above(lines: list[str], i: int, previous_end: int) -> int | None:
    """Where the undated name right over a job's dates stands, if one does."""
    j = i - 1
    while j > previous_end and not lines[j].strip():
        j -= 1
    found = j > previous_end and is_header_like(lines[j]) and not dated(lines[j]) and not BULLET.match(lines[j])
    return j if found else None
