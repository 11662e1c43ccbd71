"""A work history set as a table whose first row names its columns ("Duration | Organisation |
Designation", "Vessel | Type | Rank | Company | Period"): the row's order says which cell of
each job is the title and which the employer, whatever words they hold ("Commis I" reads as no
title to the word lists)."""
from __future__ import annotations

import re
from dataclasses import dataclass

_CELLS = re.compile(r"\s{3,}|\t|\s*\|\s*")
# (and the columns' names in German, French, Spanish and Portuguese tables)
_TITLE_COLUMN = re.compile(r"^(?:job\s+)?(?:designation|position|title|role|post|rank|occupation)(?:\s+held)?$|"
                           r"^(?:stelle|funktion|t[äa]tigkeit|poste|fonction|cargo|puesto|fun[çc][ãa]o)$", re.I)
# Seafarers name the agency that placed them or the ship's owner ("Manning Agency", "Principal").
_EMPLOYER_COLUMN = re.compile(r"^(?:name\s+of\s+(?:the\s+)?)?(?:(?:manning|crewing|recruitment)\s+)?"
                              r"(?:organi[sz]ation|company|employer|firm|institution|agency|principal|ship\s*owner)"
                              r"(?:\s+name)?$|^(?:arbeitgeber|unternehmen|firma|employeur|entreprise|soci[ée]t[ée]|empresa|"
                              r"empleador|empregador)$", re.I)
# The columns of when: left out of a row's cells once its dates are read
_DATES_COLUMN = re.compile(r"^(?:period|duration|dates?|from|to|years?|tenure|since|from\s*[-–/]\s*to|"
                           r"(?:start|end)\s+date|date\s+range|time\s+period|zeitraum|dauer|von|bis|p[ée]riode|"
                           r"per[ií]odo|fechas?|datas?)$", re.I)
_HEAD_ROWS = 3


@dataclass(frozen=True)
class Columns:
    """Where the title and the employer stand among a row's cells other than its dates; and
    where the header's title and employer cells start, for rows whose cells are set only by
    where they start (a fixed-width table, a cell running up to the next with one space)."""
    title: int
    employer: int
    count: int
    title_at: int = -1
    employer_at: int = -1
    ends: tuple[int, ...] = ()  # where each header cell after the title and the employer starts


def table_columns(lines: list[str]) -> Columns | None:
    """The columns a row of the section's first lines names, when it names one title column
    and one employer column; None otherwise."""
    for line in [line for line in lines if line.strip()][:_HEAD_ROWS]:
        cells = [c.strip(" :") for c in _CELLS.split(line.strip()) if c.strip(" :")]
        cells = [c for c in cells if not _DATES_COLUMN.match(c)]
        titles = [k for k, c in enumerate(cells) if _TITLE_COLUMN.match(c)]
        employers = [k for k, c in enumerate(cells) if _EMPLOYER_COLUMN.match(c)]
        if len(titles) == 1 and len(employers) == 1:
            starts = _cell_starts(line)
            return Columns(titles[0], employers[0], len(cells),
                           starts.get(cells[titles[0]], -1), starts.get(cells[employers[0]], -1), tuple(starts.values()))
    return None


def _cell_starts(line: str) -> dict[str, int]:
    """Each cell of a header row by where it starts on the line."""
    starts: dict[str, int] = {}
    at = 0
    for cell in _CELLS.split(line):
        at = line.find(cell, at)
        if cell.strip(" :"):
            starts[cell.strip(" :")] = at + len(cell) - len(cell.lstrip())
        at += len(cell)
    return starts


def title_column_first(lines: list[str]) -> bool | None:
    """True when the table's title column stands before its employer column, False when after,
    None when no row of the section's first lines names both."""
    columns = table_columns(lines)
    return None if columns is None else columns.title < columns.employer


def by_columns(cells: list[str], title_first: bool) -> tuple[str, str]:
    """(title, employer) of a row's two cells beside its dates."""
    return (cells[0], cells[1]) if title_first else (cells[1], cells[0])


def row_by_columns(rest: str, columns: Columns) -> tuple[str, str] | None:
    """(title, employer) of a row of cells beside its dates ("MV Pacific Star | Bulk Carrier |
    Second Engineer | Magsaysay", "Uniklinik Köln | Pflegerin"), when it has as many cells as
    the header."""
    cells = [c.strip() for c in _CELLS.split(rest.strip()) if c.strip()]
    if columns.count < 2 or len(cells) != columns.count:
        return None
    return cells[columns.title], cells[columns.employer]


def row_by_offsets(line: str, columns: Columns) -> tuple[str, str] | None:
    """(title, employer) of a row read by where the header's cells start ("Deck Cadet      m/v
    Blue Star Delos RoPax / 2,500       Blue Star Ferries" under "Rank  Vessel  Type / DWT
    Company"): each cell runs from its column's start, give or take two places, to the next
    column's; None when a cell does not start at a gap there or is empty."""
    if columns.title_at < 0 or columns.employer_at < 0:
        return None
    title, employer = _cell_at(line, columns.title_at, columns.ends), _cell_at(line, columns.employer_at, columns.ends)
    return (title, employer) if title and employer else None


def _cell_at(line: str, start: int, starts: tuple[int, ...]) -> str | None:
    begin = _gap_near(line, start)
    following = [s for s in starts if s > start]
    end = _gap_near(line, min(following)) if following else len(line)
    if begin is None or end is None or end <= begin:
        return None
    return line[begin:end].strip() or None


def _gap_near(line: str, at: int) -> int | None:
    """Where a cell starts within two places of `at`: after a space, or at the line's start."""
    if at >= len(line):
        return len(line)
    for shift in (0, -1, 1, -2, 2):
        k = at + shift
        if 0 <= k < len(line) and line[k] != " " and (k == 0 or line[k - 1] == " "):
            return k
    return None
