"""A sidebar shorter than the main column: the main column goes on below it, past blank
lines, and is read as one column before the sidebar."""
from __future__ import annotations

from adapters.embedded.parsing.experience import parse_experience
from adapters.embedded.parsing.text_columns import read_columns

SIDEBAR_ENDS_FIRST = """\
WORK HISTORY                                        LANGUAGES
Night Porter                                        Polish, English
Grand Pennine Hotel, Bolton                         TOOLS
Jun '20 - now                                       Opera PMS
- Managed night audits                              Cash handling

Kitchen Porter
Ruby Lane Bistro, Bury
Jan '17 - May '20
"""


def test_the_main_column_goes_on_below_the_sidebar() -> None:
    lines = [line.strip() for line in read_columns(SIDEBAR_ENDS_FIRST).split("\n") if line.strip()]
    assert lines.index("Kitchen Porter") < lines.index("LANGUAGES")
    assert lines.index("Jan '17 - May '20") < lines.index("Cash handling")


def test_both_jobs_of_the_main_column_are_read() -> None:
    text = read_columns(SIDEBAR_ENDS_FIRST)
    entries, _ = parse_experience(text.split("\nLANGUAGES")[0].split("WORK HISTORY\n", 1)[1])
    assert [(e.title, e.company, e.start_date) for e in entries] == [
        ("Night Porter", "Grand Pennine Hotel", "2020-06"), ("Kitchen Porter", "Ruby Lane Bistro", "2017-01")]
