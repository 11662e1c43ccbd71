"""Indonesian and Malay CVs join two dates with "s/d" (sampai dengan, until), "sampai" or
"hingga"."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.dates import find_ranges


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2017 s/d sekarang", "2017", None),
    ("Maret 2015 s.d. Juni 2018", "2015", "2018"),
    ("2012 sampai 2016", "2012", "2016"),
    ("Jan 2019 hingga kini", "2019", None),
])
def test_until_in_indonesian(text: str, start: str, end: str | None) -> None:
    found = find_ranges(text)
    assert found and found[0].start.iso().startswith(start)
    assert (found[0].end.iso()[:4] if found[0].end else None) == end
