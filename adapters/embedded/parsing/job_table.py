"""A work history set as a table whose first row names its columns ("Duration | Organisation |
Designation"): the row's order says which cell of each job is the title and which the employer,
whatever words they hold ("Commis I" reads as no title to the word lists)."""
from __future__ import annotations

import re

_CELLS = re.compile(r"\s{3,}|\t|\s*\|\s*")
_TITLE_COLUMN = re.compile(r"^(?:job\s+)?(?:designation|position|title|role|post)(?:\s+held)?$", re.I)
_EMPLOYER_COLUMN = re.compile(r"^(?:organi[sz]ation|company|employer|firm|institution)(?:\s+name)?$", re.I)
_HEAD_ROWS = 3


def title_column_first(lines: list[str]) -> bool | None:
    """True when the table's title column stands before its employer column, False when after,
    None when no row of the section's first lines names both."""
    for line in [line for line in lines if line.strip()][:_HEAD_ROWS]:
        cells = [c.strip(" :") for c in _CELLS.split(line.strip()) if c.strip(" :")]
        titles = [k for k, c in enumerate(cells) if _TITLE_COLUMN.match(c)]
        employers = [k for k, c in enumerate(cells) if _EMPLOYER_COLUMN.match(c)]
        if len(titles) == 1 and len(employers) == 1:
            return titles[0] < employers[0]
    return None


def by_columns(cells: list[str], title_first: bool) -> tuple[str, str]:
    """(title, employer) of a row's two cells beside its dates."""
    return (cells[0], cells[1]) if title_first else (cells[1], cells[0])
