"""A PDF page's text in reading order, from the text segments PDFium finds (one per run of
text without a wide gap): segments on one baseline make a line; a wide gap inside a line (a
table's cells, a skills grid) becomes a tab; a page laid out in two columns (a gutter no line
crosses, with text on both sides) is read column by column, the one with the largest type
first."""
from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

import pypdfium2

from adapters.embedded.extraction.pdf_fonts import type_at

# A gap wider than this many line heights separates cells rather than words.
_CELL_GAP_HEIGHTS = 1.0
_GUTTER_MIN_WIDTH = 8.0  # points
_MIN_LINES_PER_COLUMN = 4
_MAX_SEGMENTS = 20_000
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MAX_HEADER_LINES = 3  # full-width lines over two columns: the name, a title, the contact line
_LARGER_TYPE = 1.2  # a column whose largest type is this much larger is read first  # beyond this, a page is read as PDFium orders it


@dataclass(frozen=True)
class _Segment:
    left: float
    bottom: float
    right: float
    top: float
    text: str
    size: float = 0.0
    bold: bool = False

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


def _segments(textpage: pypdfium2.PdfTextPage) -> list[_Segment]:
    out = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(left, bottom, right, top).replace("\r", "").replace("\n", " ")
        if text.strip():
            # The middle of a run: its first glyph may be a bullet in another font.
            run = type_at(textpage, (left + right) / 2, (bottom + top) / 2, (right - left) / 2, top - bottom)
            out.append(_Segment(left, bottom, right, top, text, run.size, run.bold))
    return out


def _lines(segments: list[_Segment]) -> list[list[_Segment]]:
    lines: list[list[_Segment]] = []
    for seg in sorted(segments, key=lambda s: (-s.top, s.left)):
        middle = (seg.top + seg.bottom) / 2
        for line in reversed(lines[-3:]):
            ref = line[0]
            if ref.bottom - 0.2 * ref.height <= middle <= ref.top + 0.2 * ref.height:
                line.append(seg)
                break
        else:
            lines.append([seg])
    return [sorted(line, key=lambda s: s.left) for line in lines]


def _line_text(line: list[_Segment]) -> str:
    height = median(s.height for s in line)
    text = line[0].text
    for prev, seg in zip(line, line[1:]):
        gap = seg.left - prev.right
        if gap > _CELL_GAP_HEIGHTS * height:
            text = text.rstrip() + "\t" + seg.text.lstrip()
        elif seg.text[:1] in ",.;:)":
            text = text.rstrip() + seg.text
        else:
            piece = seg.text.lstrip() if text.endswith(" ") else seg.text
            text += ("" if text.endswith(" ") or piece.startswith(" ") or gap < 0.5 else " ") + piece
    return text.rstrip()


def _gutter(segments: list[_Segment], page_width: float) -> float | None:
    """The x of a vertical gap no segment crosses, in the middle half of the page, with
    enough lines of text on each side; None for a page of one column."""
    lo, hi = page_width * 0.2, page_width * 0.8
    spans = sorted((s.left, s.right) for s in segments if s.right > lo and s.left < hi)
    free: list[tuple[float, float]] = []
    cursor = lo
    for left, right in spans:
        if left - cursor >= _GUTTER_MIN_WIDTH:
            free.append((cursor, left))
        cursor = max(cursor, right)
    if hi - cursor >= _GUTTER_MIN_WIDTH:
        free.append((cursor, hi))
    for start, end in sorted(free, key=lambda f: f[0] - f[1]):  # widest first
        x = (start + end) / 2
        left_lines = _lines([s for s in segments if s.right <= x])
        right_lines = _lines([s for s in segments if s.left >= x])
        if len(left_lines) >= _MIN_LINES_PER_COLUMN and len(right_lines) >= _MIN_LINES_PER_COLUMN \
                and _spans_page(left_lines) and _spans_page(right_lines):
            return x
    return None


def _header_over_columns(segments: list[_Segment], page_width: float
                         ) -> tuple[list[_Segment], list[_Segment], float | None]:
    """(header, body, gutter) for two columns under a few full-width lines at the top (the
    name and contact line across the page, as most templates set them), else no gutter."""
    lines = _lines(segments)
    for count in range(1, _MAX_HEADER_LINES + 1):
        body = [s for line in lines[count:] for s in line]
        gutter = _gutter(body, page_width)
        if gutter is not None and not any(_mostly_dates([s for s in body if side(s, gutter)])
                                          for side in (_left_of, _right_of)):
            return [s for line in lines[:count] for s in line], body, gutter
    return [], segments, None


def _left_of(segment: _Segment, gutter: float) -> bool:
    return segment.right <= gutter


def _right_of(segment: _Segment, gutter: float) -> bool:
    return segment.left >= gutter


def _mostly_dates(side: list[_Segment]) -> bool:
    """Dates set flush right of each job ("Jan 2019 - Present"): a side of short dated lines
    belongs beside its rows, not after them as a column."""
    texts = [s.text for s in side]
    dated = [t for t in texts if _YEAR.search(t) and len(t.split()) <= 5]
    return len(dated) * 2 >= len(texts)


def _spans_page(lines: list[list[_Segment]]) -> bool:
    # A column runs down much of the page; a table's cells sit in a band of it.
    top, bottom = lines[0][0].top, lines[-1][0].bottom
    return top - bottom > 0 and len(lines) >= _MIN_LINES_PER_COLUMN


@dataclass(frozen=True)
class MeasuredLine:
    """A line as read, with the type it is set in: bold when every run of it is."""
    text: str
    size: float
    bold: bool


@dataclass(frozen=True)
class PageText:
    text: str
    lines: tuple[MeasuredLine, ...] = ()


def _measured(line: list[_Segment]) -> MeasuredLine:
    # Bullets and marks are often set in another font and size: the words decide.
    worded = [s for s in line if any(ch.isalnum() for ch in s.text)] or line
    main = max(worded, key=lambda s: sum(ch.isalnum() for ch in s.text))
    return MeasuredLine(_line_text(line), main.size, all(s.bold for s in worded))


def page_text(page: pypdfium2.PdfPage, textpage: pypdfium2.PdfTextPage) -> PageText:
    try:
        count = textpage.count_rects()
        if count == 0 or count > _MAX_SEGMENTS:
            return PageText(textpage.get_text_range())
        segments = _segments(textpage)
    except pypdfium2.PdfiumError:
        return PageText(textpage.get_text_range())
    if not segments:
        return PageText(textpage.get_text_range())
    width = page.get_size()[0]
    header: list[_Segment] = []
    body = segments
    gutter = _gutter(segments, width)
    if gutter is None:
        header, body, gutter = _header_over_columns(segments, width)
    if gutter is None:
        columns = [segments]
    else:
        columns = [[s for s in body if s.right <= gutter], [s for s in body if s.left >= gutter]]
        # The column with the largest type (the name, as a rule) is read first: a sidebar of
        # contact details and skills on the left is not the start of the resume.
        if max(s.height for s in columns[1]) > _LARGER_TYPE * max(s.height for s in columns[0]):
            columns.reverse()
        if header:
            columns.insert(0, header)
    measured = [[_measured(line) for line in _lines(col)] for col in columns]
    text = "\n\n".join("\n".join(line.text for line in col) for col in measured)
    return PageText(text, tuple(line for col in measured for line in col))
