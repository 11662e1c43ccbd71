"""The parser asks about the same line's dates several times (an entry's dates line? where do
its dates end? a section's first line?): each line is read once, and what a caller does with
the list it gets back never changes the next answer."""
from __future__ import annotations

from collections import Counter

import adapters.embedded.parsing.dates as dates


class CountingPattern:
    def __init__(self, inner, reads: Counter) -> None:
        self._inner, self._reads = inner, reads

    def finditer(self, text: str):
        self._reads[text] += 1
        return self._inner.finditer(text)

    def __getattr__(self, name: str):
        return getattr(self._inner, name)


def test_a_line_asked_about_again_is_read_once_and_answered_the_same(monkeypatch):
    reads: Counter = Counter()
    monkeypatch.setattr(dates, "RANGE", CountingPattern(dates.RANGE, reads))
    line = "Quillmere Rope Works, Osterby — Mar 2011 to Jun 2014 (ref 88412)"
    first = dates.find_ranges(line)
    assert [(r.start, r.end) for r in first] == [(dates.Month(2011, 3), dates.Month(2014, 6))]
    first.clear()  # a caller's own list
    assert dates.find_ranges(line) == dates.find_ranges(line) != []
    assert reads[line] == 1


def test_lines_without_dates_are_answered_empty_every_time():
    line = "Knotted nets for the Quillmere harbour boats (ref 88413)"
    assert dates.find_ranges(line) == [] and dates.find_ranges(line) == []
