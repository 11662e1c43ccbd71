"""Where the other half of a job's header (its title or its employer) stands when the layout
parts them unusually: each employer written over its "Title, dates" line, a header's parts set
apart by bullets or middle dots, an employer in brackets after the title."""
from __future__ import annotations

import re
from collections.abc import Callable

from adapters.embedded.parsing.dates import DateRange, find_ranges, unread_range
from adapters.embedded.parsing.header_lines import BULLET, is_header_like
from adapters.embedded.parsing.work_places import a_place_name
from adapters.embedded.parsing.work_units import a_speciality, employer_without_its_town

# (Blanks tried from the start of a run only: linear in a long run of spaces.)
_TRAILING_SEPARATOR = re.compile(r"(?:(?<!\s)\s+)?[-–—|,]\s*$")
_DASH_SEP = re.compile(r"(?<!\s)\s+[|–—-]\s+")
_AT = re.compile(r"(?<!\s)\s+(?:at|@)\s+", re.I)
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
    cells = [c.strip() for c in rest.split("|") if c.strip()]
    if len(cells) >= 2 and all(a_place_name(c) for c in cells[1:]):
        rest = cells[0]  # "Wynn Las Vegas | Las Vegas, NV": the employer alone, its town in a cell apart
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


# "Dental Hygienist (Peachtree Dental Group)", "Auxiliar Administrativa (Grupo Eulen, Madrid)": a
# title with its employer in brackets after it, the header naming no employer elsewhere.
# (The blanks before the bracket are tried from their start only, or after a title of one character:
# tried after each longer title, a long run of spaces cost the square of its length.)
_TITLE_THEN_BRACKET = re.compile(r"^(?P<title>[^()]+?)(?:(?:(?<!\s)|(?<=^\s))\s+)?\((?P<inside>[^()]+)\)\s*$")
# What a bracket after a title more often notes: the terms of the job, not who gave it.
_TERMS = re.compile(r"\b(?:contract|part[- ]?time|full[- ]?time|temporary|temp|locum|volunteer(?:ing)?|intern(?:ship)?|"
                    r"freelance|seasonal|permanent|remote|hybrid|nights?|days|shifts?|maternity\s+cover|"
                    r"acting|interim|secondment|placement|apprenticeship)\b", re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ0-9&][\w'.&-]*|of|de|del|la|le|du|des|the|and|y|e|für|for)$")


def employer_in_brackets(title: str, title_score: Callable[[str], int]) -> tuple[str, str] | None:
    """(title, employer) when the bracket closing a title names an organisation, set like
    one's name (capitalised words, no job's words, no ward, terms or years); else None."""
    m = _TITLE_THEN_BRACKET.match(title.strip())
    if not m:
        return None
    inside = m.group("inside").strip()
    name = inside.partition(",")[0].strip()
    words = name.split()
    if len(words) < 2 or not all(_NAME_WORD.match(w) for w in words) or not words[0][:1].isupper() \
            or re.search(r"\d", inside) or _TERMS.search(inside) or a_speciality(name) \
            or title_score(name) > 0 or name.isupper():
        return None
    return m.group("title").strip(), employer_without_its_town(inside)
