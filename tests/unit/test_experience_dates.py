"""Date forms in resumes and years of experience as the union of the ranges."""
from datetime import date

import pytest

from adapters.embedded.parsing.dates import Month, find_ranges, total_years

TODAY = date(2024, 6, 15)


@pytest.mark.parametrize("text, start, end", [
    ("Jan 2019 – Present", Month(2019, 1), None),
    ("January 2019 - March 2021", Month(2019, 1), Month(2021, 3)),
    ("2017-2019", Month(2017, None), Month(2019, None)),
    ("03/2018 - 11/2020", Month(2018, 3), Month(2020, 11)),
    ("03/2018 to current", Month(2018, 3), None),
    ("2015 to date", Month(2015, None), None),
    ("June 2015 to Present", Month(2015, 6), None),
    ("Sept. 2012 — Dec 2013", Month(2012, 9), Month(2013, 12)),
    ("2016 till date", Month(2016, None), None),
])
def test_each_written_date_form_is_read_as_a_range(text, start, end):
    [found] = find_ranges(text)
    assert (found.start, found.end) == (start, end)


def test_a_start_written_with_since_runs_to_today():
    [found] = find_ranges("Working here since March 2020")
    assert found.start == Month(2020, 3) and found.current


def test_a_range_that_ends_before_it_starts_is_ignored():
    assert find_ranges("2019 - 2015") == []


def test_a_phone_number_is_not_a_date_range():
    assert find_ranges("+91 98450-12345") == []


def test_overlapping_jobs_count_their_shared_months_once():
    ranges = find_ranges("Jan 2018 - Dec 2019") + find_ranges("Jan 2019 - Dec 2020")
    assert total_years(ranges, TODAY) == 3.0


def test_separate_jobs_add_up_and_gaps_do_not_count():
    ranges = find_ranges("Jan 2010 - Dec 2011") + find_ranges("Jan 2015 - Dec 2015")
    assert total_years(ranges, TODAY) == 3.0


def test_present_means_the_injected_today():
    ranges = find_ranges("Jul 2023 - Present")
    assert total_years(ranges, TODAY) == 1.0
    assert total_years(ranges, date(2025, 6, 1)) == 2.0


def test_year_only_ranges_count_whole_years_between_them():
    assert total_years(find_ranges("2017-2019"), TODAY) == 2.0
    assert total_years(find_ranges("2017 to 2017"), TODAY) == 1.0


def test_no_ranges_means_unknown_experience():
    assert total_years([], TODAY) is None
