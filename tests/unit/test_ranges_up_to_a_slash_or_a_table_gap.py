"""Ranges written "up to present", with a slash between spaces ("abr-2016 / a la fecha"), or as
a table's From and To columns a wide gap apart; a slash without spaces stays a one-year form."""
from __future__ import annotations

import pytest

from adapters.embedded.parsing.dates import find_ranges


@pytest.mark.parametrize(("line", "start", "end"), [
    ("Staff Nurse, Al Noor Hospital — March 2014 up to present", "2014-03", None),
    ("Sept 2010 up to June 2013", "2010-09", "2013-06"),
    ("abr-2016 / a la fecha     Constructora Andina S.A.", "2016-04", None),
    ("jul-2011 / dic-2015   Operador de grúa", "2011-07", "2015-12"),
    ("Bosun      MV Orient Star      Bulk      05/2017      02/2018", "2017-05", "2018-02"),
    ("Able Seaman   Kestrel Shipping    2015     2016", "2015", "2016"),
])
def test_the_range_is_read(line, start, end):
    ranges = find_ranges(line)
    assert len(ranges) == 1
    assert ranges[0].start.iso() == start
    assert (ranges[0].end.iso() if ranges[0].end else None) == end


@pytest.mark.parametrize("line", ["Certificate IV in Training, 2017/2018", "Awarded 2014 - ISO/IEC 17025 audit"])
def test_no_range_without_a_second_date(line):
    assert all(r.end is None or r.end.year == r.start.year for r in find_ranges(line))
