"""Two parser patterns that strip words after a run of spaces try the run from its start only:
tried from each of its spaces, a line of thousands of spaces took time growing with its square.
Not a speed target: a guard that such a line does not hang the parser (100,000 spaces took
minutes before, milliseconds now; the bound is far from both)."""
import time

from adapters.embedded.parsing.header_lines import _BRACKETED_NOTE
from adapters.embedded.parsing.linkedin_export import _AREA_WORDS


def _seconds(pattern, text: str) -> float:
    start = time.perf_counter()
    pattern.sub("", text)
    return time.perf_counter() - start


def test_the_patterns_remove_what_they_did():
    assert _AREA_WORDS.sub("", "Greater Leeds  Metropolitan Area") == "Leeds"
    assert _AREA_WORDS.sub("", "Dallas-Fort Worth Area") == "Dallas-Fort Worth"
    assert _BRACKETED_NOTE.sub("", "Nurse   (bank) at St Mary's (NHS)") == "Nurse at St Mary's"
    assert _BRACKETED_NOTE.sub("", "(note) Nurse") == " Nurse"


def test_a_long_run_of_spaces_does_not_hang_the_parser():
    for pattern, tail in ((_AREA_WORDS, "Metropolitan"), (_BRACKETED_NOTE, "x")):
        assert _seconds(pattern, "x" + " " * 100_000 + tail) < 5.0
