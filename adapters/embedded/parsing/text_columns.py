"""Two columns laid out with spaces in plain text (a PDF saved as text with its layout, a CV
typed in a text editor): a run of lines whose second column starts at one position is read
column by column, the left one first, as the PDF reader does with a two-column page.

Dates set flush right of a job's title, or a table of dated rows, look alike but are no
columns: a side that is mostly dates leaves the lines as they are."""
from __future__ import annotations

import re
from collections import Counter

from adapters.embedded.parsing.contact import EMAIL, PHONE, looks_like_name
from adapters.embedded.parsing.dates import YEAR
from adapters.embedded.parsing.sections import heading_of

_GAP = re.compile(r"\S( {3,})(?=\S)")
MIN_COLUMN = 24  # a left part narrower than this is a label or a date, not a column
MIN_ROWS = 3
_TOLERANCE = 1


# A narrower left side is a sidebar (contact, skills, tickets) only over many rows, and only
# when its cells are no labels of the values beside them ("Phone:     0161 ...")
MIN_SIDEBAR = 16
MIN_SIDEBAR_ROWS = 6


def _right_starts(line: str, least: int = MIN_COLUMN) -> list[int]:
    return [m.end(1) for m in _GAP.finditer(line) if m.end(1) >= least]


def _column_start(lines: list[str], least: int = MIN_COLUMN, min_rows: int = MIN_ROWS) -> int | None:
    counts = Counter(start for line in lines for start in _right_starts(line, least))
    if not counts:
        return None
    start, _ = counts.most_common(1)[0]
    rows = sum(n for s, n in counts.items() if abs(s - start) <= _TOLERANCE)
    return start if rows >= min_rows else None


def _sidebar_start(lines: list[str]) -> int | None:
    start = _column_start(lines, MIN_SIDEBAR, MIN_SIDEBAR_ROWS)
    if start is None or start >= MIN_COLUMN:
        return None
    lefts = [line[:start].strip() for line in lines if _split_at(line, start) and line[:start].strip()]
    labels = sum(1 for cell in lefts if cell.endswith(":"))
    return start if len(lefts) >= MIN_SIDEBAR_ROWS and labels * 4 < len(lefts) else None


def _split_at(line: str, start: int) -> tuple[str, str] | None:
    """(left, right) when the line has its second column at `start`, else None."""
    for at in _right_starts(line, MIN_SIDEBAR):
        if abs(at - start) <= _TOLERANCE:
            return line[:at].rstrip(), line[at:].strip()
    indent = len(line) - len(line.lstrip(" "))
    if line.strip() and abs(indent - start) <= _TOLERANCE:
        return "", line.strip()  # the right column alone on its line, the left one blank there
    return None


def read_columns(text: str) -> str:
    lines = text.split("\n")
    start = _column_start(lines)
    if start is None:
        start = _sidebar_start(lines)
    if start is None:
        return text
    split = {i: parts for i, line in enumerate(lines) if (parts := _split_at(line, start))}
    for side in (0, 1):
        if sum(1 for parts in split.values() if YEAR.search(parts[side])) * 2 >= len(split):
            return text  # dates beside titles or schools: rows of a table, not two columns
    if _rows_over_their_dates(lines, split) or _a_grid_of_items(split):
        return text
    if _labels_and_dates_beside(split) and not _prose_on_the_left(lines, split):
        return _rows_read_across(lines, split)
    first, last = min(split), max(split)
    last = _left_column_end(lines, last, start)
    for i in range(first, last + 1):
        if len(lines[i].rstrip()) >= start and i not in split:
            # only a row between two rows of the columns: one line the extraction squeezed
            narrow = _split_at_a_narrow_gap(lines[i], start) if i - 1 in split and i + 1 in split else None
            if narrow is None:
                return text  # a full-width line inside: not one block of two columns
            split[i] = narrow
    top = _contact_rows(lines, split, first) if first <= _TOP_LINES else first
    head = [cell for i in range(first, top) for cell in (split[i] if i in split else (lines[i], "")) if cell]
    left = [split[i][0] if i in split else lines[i] for i in range(top, last + 1)]
    right = [split[i][1] for i in range(top, last + 1) if i in split]
    if first <= _TOP_LINES and _named_at_top(right) and not _named_at_top(left):
        left, right = right, left  # a sidebar on the left, the name atop the main column
    return "\n".join([*lines[:first], *head, *left, "", *right, *lines[last + 1:]])


_GRID_CELL_WORDS = 5
_CELLS = re.compile(r"\s{3,}|\s*\|\s*|\t")


def _a_grid_of_items(split: dict[int, tuple[str, str]]) -> bool:
    """"Kubernetes        Terraform        CI/CD" row under row (a "Core Competencies" grid): short
    items in three columns or more, the rows of one list, not two columns of a page."""
    rows = [(left, [c for c in _CELLS.split(right) if c.strip()]) for left, right in split.values()]
    if not rows or any(len(left.split()) > _GRID_CELL_WORDS for left, _ in rows):
        return False
    if any(len(c.split()) > _GRID_CELL_WORDS for _, cells in rows for c in cells):
        return False
    return sum(1 for _, cells in rows if len(cells) >= 2) * 2 >= len(rows)


def _split_at_a_narrow_gap(line: str, start: int) -> tuple[str, str] | None:
    """A row whose gap between the columns the text extraction shrank to one space ("• Built churn
    models for 200M users Bayesian modelling, NLP"): parted where the second column starts, when
    a word starts there. A line whose word runs across that place is full width."""
    for at in range(start - _TOLERANCE, start + _TOLERANCE + 1):
        # a column's text starts with a word, not with the colon of a label's value ("Address  : ...")
        if 0 < at < len(line) and line[at - 1] == " " and line[at].isalnum() and line[:at].strip():
            return line[:at].rstrip(), line[at:].strip()
    return None


def _rows_over_their_dates(lines: list[str], split: dict[int, tuple[str, str]]) -> bool:
    """"Night Auditor        Seri Pantai Resort" over "(2020 - Present)", row after row: each
    line of two cells is a title and its employer (a degree and its school) over their dates,
    the rows of a table, not two columns of a page."""
    for i, (left, right) in split.items():
        below = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
        if not left or not right or below is None or below in split or not YEAR.search(lines[below]):
            return False
    return True


_MAX_LABEL_WORDS = 4


def _labels_and_dates_beside(split: dict[int, tuple[str, str]]) -> bool:
    """A Europass-like CV: a narrow left column of dates ("03/2019 – Present") and labels
    ("WORK EXPERIENCE", "Mother tongue(s)") beside the entries they date or name. The dates
    are the left side's, not the right one's (a sidebar beside a main column of dated jobs)."""
    lefts = [left for left, _ in split.values() if left]
    dated = sum(1 for left in lefts if YEAR.search(left))
    dated_right = sum(1 for _, right in split.values() if YEAR.search(right))
    if not all(YEAR.search(left) or len(left.split()) <= _MAX_LABEL_WORDS for left in lefts):
        return False
    # or the section headings themselves in the left column ("Work experience", "Education and
    # training"), beside the entries of each: a sidebar's headings are few among its items
    headings = sum(1 for left in lefts if (found := heading_of(left)) is not None and not found[1])
    return (dated >= 2 and dated_right < dated) or (headings >= 2 and headings * 2 >= len(lefts) and not dated)


def _prose_on_the_left(lines: list[str], split: dict[int, tuple[str, str]]) -> bool:
    """A sentence on a line of its own in the left column ("Dedicated carer with six years in"):
    the left column is a page's main one, not a Europass column of dates and labels."""
    return any(i not in split and len(lines[i].split()) > _MAX_LABEL_WORDS and not YEAR.search(lines[i])
               and not lines[i].startswith(" ") for i in range(min(split), max(split)))


def _rows_read_across(lines: list[str], split: dict[int, tuple[str, str]]) -> str:
    """Each row read across: the dates stay on the entry's first line ("2019 – Present  Staff
    Nurse"), a label leads its value as a labelled field ("Mother tongue(s): Norwegian")."""
    out = []
    for i, line in enumerate(lines):
        if i not in split or not split[i][0]:
            out.append(split[i][1] if i in split else line)
            continue
        left, right = split[i]
        if YEAR.search(left):
            out.append(f"{left}   {right}")
        else:
            out.append(f"{left.rstrip(':')}: {right}")
    return "\n".join(out)


def _named_at_top(cells: list[str]) -> bool:
    top = next((c.strip() for c in cells if c.strip()), "")
    return looks_like_name(top)


def _left_column_end(lines: list[str], last: int, start: int) -> int:
    """The last line of the left column, which runs on under the right one when the right one
    (a sidebar) is the shorter: past blank lines too, up to the paragraph before the first
    line that reaches into the right column's place (where the block of columns ended)."""
    end = last
    while end + 1 < len(lines) and lines[end + 1].strip() and len(lines[end + 1].rstrip()) < start:
        end += 1
    wide = next((i for i in range(end + 1, len(lines)) if len(lines[i].rstrip()) >= start), len(lines))
    blanks = [i for i in range(end + 1, wide) if not lines[i].strip()]
    if wide == len(lines):
        return len(lines) - 1
    return blanks[-1] - 1 if blanks and blanks[-1] > end + 1 else end


_TOP_LINES = 2
_CONTACT_ROWS = 6


def _contact_rows(lines: list[str], split: dict[int, tuple[str, str]], first: int) -> int:
    """Where the rows of the résumé's top end when the block starts there with the contact
    details in its right column ("JANE DOE      jane@example.org"): those rows are read row by
    row, so that the email, phone and town stay with the name in the header."""
    contact = [i for i in range(first, min(first + _CONTACT_ROWS, len(lines)))
               if i in split and (EMAIL.search(split[i][1]) or PHONE.search(split[i][1]))]
    if not contact:
        return first
    end = contact[-1] + 1
    while end in split and not split[end][0] and split[end][1]:
        end += 1  # the town under the phone, the left column blank beside it
    return end
