"""A school's line as a job site's export writes it (site_export.py): "<when> <award> [<major>]
<Town>, <Region> <school>", e.g. "March 2013 to March 2018 B.A. LL.B. Law Solapur, Maharashtra
Solapur University" or "January 2016 MCA   Pune University". The date first, one date alone,
and the town run into the award and the school are what the schooling rules do not expect; the
line is rewritten in the order they do read ("<award>, <school>, <town>, <region>, <year>"):
the region is a first-level region named right after a comma, the town the words before that
comma a town of the region's country bears, and a run of spaces parts an award from its school."""
from __future__ import annotations

import re

from domain.place_fold import fold
from domain.place_names import town_id
from domain.place_regions import first_level_regions, region_codes

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_WHEN = re.compile(rf"^\s*(?:{_MONTH}\s+)?((?:19|20)\d\d)(?:\s+to\s+(?:{_MONTH}\s+)?((?:19|20)\d\d))?\s+", re.IGNORECASE)
_FIELDS_APART = re.compile(r"\s{2,}")
_MOST_PLACE_WORDS = 3


def schooling_line(line: str) -> str:
    when = _WHEN.match(line)
    year = (when.group(2) or when.group(1)) if when else None
    rest = line[when.end():] if when else line
    award, school, town, region = _parts(rest.strip())
    return ", ".join(p for p in (award, school, town, region, year) if p)


def _parts(text: str) -> tuple[str, str | None, str | None, str | None]:
    """A town and its region are taken out only as a pair: the words before the comma end in a
    town of the region's country, and the region's name opens what follows ("Speed Reading,
    Karnataka" holds no town of India; "College, Maharashtra state board" no town at all)."""
    for left, _, right in (text.rpartition(","), text.partition(",")):
        region_words, countries = _region_at(right)
        if not region_words:
            continue
        left = left.strip().rstrip(",").strip()
        town_words = _town_at_end(left, countries)
        if not town_words:
            continue
        words = right.split()
        region, school = " ".join(words[:region_words]), " ".join(words[region_words:]) or None
        # cut from the line as written: a run of spaces before the town may part the award
        # from its school ("MCA   YMCAUST,  Faridabad")
        cut = re.search(rf"(?:\S+\s+){{{town_words - 1}}}\S+$", left)
        town = " ".join(cut.group(0).split()) if cut else None
        award = left[:cut.start()] if cut else left
        if school is None:
            award, school = _apart(award.rstrip(", "))
        return award.rstrip(", "), school, town, region
    award, school = _apart(text)
    return award, school, None, None


def _apart(text: str) -> tuple[str, str | None]:
    """An award and its school parted by a run of spaces ("MBA   ACN College"), else the line."""
    parts = [p.strip(" ,") for p in _FIELDS_APART.split(text.strip()) if p.strip(" ,")]
    if len(parts) == 2:
        return parts[0], parts[1]
    return text.strip(), None


def _region_at(text: str) -> tuple[int, frozenset[str]]:
    """How many of the first words of `text` name a first-level region (0 if none), and the
    countries (ISO codes) a region of that name is in."""
    words = text.split()
    regions = first_level_regions()
    for n in range(min(_MOST_PLACE_WORDS, len(words)), 0, -1):
        name = fold(" ".join(words[:n]))
        if name in regions:
            return n, frozenset(code.split("-")[0] for code in region_codes().get(name, ()))
    return 0, frozenset()


def _town_at_end(text: str, countries: frozenset[str]) -> int:
    """How many of the last words of `text` a town of one of `countries` bears (0 if none); at
    least one word of the award is left before it."""
    words = text.split()
    return next((n for n in range(min(_MOST_PLACE_WORDS, len(words) - 1), 0, -1)
                 if any(town_id(fold(" ".join(words[-n:])), country) is not None for country in countries)), 0)
