"""Dates as resumes write them, and years of experience as the union of their ranges."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
# A numeric point may carry its day ("01.04.2018", "15/01/2016"): the month is then the middle number.
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
# Also: a year with its month after a dot (East Asian CVs: "2015.03"), a month with a short
# year ("Aug '17") and a season ("Winter 2018", read as its year).
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_POINT = (rf"(?:{_MONTH}\s*,?\s*'?{_YEAR}|{_MONTH}\s*[’']\d\d(?!\d)|{_SEASON}\s+{_YEAR}|"
          rf"(?:{_DAY}[/.-])?(?:0?[1-9]|1[0-2])\s*[/.-]\s*{_YEAR}|{_YEAR}\.(?:0[1-9]|1[0-2])(?!\d)|{_YEAR})")
_NOW = (r"(?:present|current(?:ly)?|now|today|till\s+(?:date|now)|to\s+date|date|ongoing|continuing|"
        r"heute|atual|presente|actual|aktuell)")
# a table's From and To cells ("Jun 2018 | Present") hold a range too
_SEP = r"\s*(?:-|–|—|~|to|until|till|through|thru|\||\t)\s*"
RANGE = re.compile(rf"(?<![\w/])({_POINT}){_SEP}({_POINT}|{_NOW})(?![\w/])", re.I)
# "March 2019 –", "2016–", "Oct 2021 to": a range left open at the end of its line
OPEN_END = re.compile(rf"(?<![\w/])({_POINT})\s*(?:-|–|—|to)\s*$", re.I)
SINCE = re.compile(rf"\b(?:since|from)\s+({_POINT})(?![\w/])", re.I)
# How long a job lasted, written beside its dates: "(2 yrs)", "· 3 years 4 months", "(8 mos)".
DURATION = re.compile(r"[(\[·•|,-]?\s*\b\d{1,2}(?:[.,]\d)?\+?\s*(?:years?|yrs?|months?|mos?)\b\.?"
                      r"(?:\s*,?\s*(?:and\s+)?\d{1,2}\s*(?:months?|mos?)\b\.?)?\s*[)\]]?", re.I)
POINT = re.compile(rf"(?<![\w/]){_POINT}(?![\w/])", re.I)
# An academic or financial year written short: "2010-11" is 2010 to 2011.
SHORT_RANGE = re.compile(rf"(?<![\w/.]){_YEAR}\s*[-–/]\s*(\d\d)(?![\w/.-])")
YEAR = re.compile(rf"(?<!\d){_YEAR}(?!\d)")


@dataclass(frozen=True)
class Month:
    year: int
    month: int | None  # None when only the year is written

    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" if self.month else f"{self.year:04d}"


@dataclass(frozen=True)
class DateRange:
    start: Month
    end: Month | None  # None: up to now
    span: tuple[int, int]  # where it was found in the text

    @property
    def current(self) -> bool:
        return self.end is None


def _short_year(text: str) -> int | None:
    m = re.search(r"[’'](\d\d)(?!\d)", text)
    if not m:
        return None
    two = int(m.group(1))
    return 2000 + two if two <= 49 else 1900 + two


def parse_point(text: str) -> Month | None:
    text = text.strip().lower()
    year = YEAR.search(text)
    if not year:
        short = _short_year(text)
        m = re.match(r"([a-z]{3})", text)
        if short and m and m.group(1) in MONTHS:
            return Month(short, MONTHS[m.group(1)])
        return None
    dotted = re.fullmatch(rf"({_YEAR})\.(\d\d)", text)
    if dotted:
        return Month(int(dotted.group(1)), int(dotted.group(2)))
    m = re.match(r"([a-z]{3})", text)
    if m and m.group(1) in MONTHS:
        return Month(int(year.group()), MONTHS[m.group(1)])
    full = re.match(r"(\d{1,2})[/.-](\d{1,2})[/.-]", text)
    if full:
        first, second = int(full.group(1)), int(full.group(2))
        # day first, as most of the world writes it, unless the second number cannot be a month
        return Month(int(year.group()), first if second > 12 else second)
    num = re.match(r"(\d{1,2})\s*[/.-]", text)
    if num and 1 <= int(num.group(1)) <= 12 and len(text) > 4:
        return Month(int(year.group()), int(num.group(1)))
    return Month(int(year.group()), None)


def find_ranges(text: str) -> list[DateRange]:
    out = []
    for m in RANGE.finditer(text):
        start, end_text = parse_point(m.group(1)), m.group(2)
        end = parse_point(end_text) if YEAR.search(end_text) or _short_year(end_text) else None
        if start and (end is None or (end.year, end.month or 12) >= (start.year, start.month or 1)):
            out.append(DateRange(start, end, m.span()))
    if not out:
        for short in SHORT_RANGE.finditer(text):
            first_year = int(short.group()[:4])
            last_year = first_year - first_year % 100 + int(short.group(1))
            if first_year < last_year <= first_year + 10:
                out.append(DateRange(Month(first_year, None), Month(last_year, None), short.span()))
    if not out:
        open_end = OPEN_END.search(text.rstrip())
        opened = parse_point(open_end.group(1)) if open_end else None
        if open_end and opened:
            out.append(DateRange(opened, None, open_end.span()))
    if not out:
        for m in SINCE.finditer(text):
            start = parse_point(m.group(1))
            if start:
                out.append(DateRange(start, None, m.span()))
    return out


def _months(r: DateRange, today: date) -> range:
    start = r.start.year * 12 + (r.start.month or 1) - 1
    if r.end is None:
        end = today.year * 12 + today.month  # the current month counts
    elif r.end.month:
        end = r.end.year * 12 + r.end.month  # "Jan 2019 - Mar 2019" is three months
    elif r.start.month is None and r.end.year == r.start.year:
        end = start + 12  # "2017 to 2017": that year
    else:
        end = r.end.year * 12  # "2017 - 2019": two years, a bare year ends where it starts
    return range(start, max(start, end))


def total_years(ranges: list[DateRange], today: date) -> float | None:
    """Years covered by the ranges, each month counted once however many jobs overlap it."""
    if not ranges:
        return None
    months: set[int] = set()
    for r in ranges:
        months.update(_months(r, today))
    return round(len(months) / 12, 1)
