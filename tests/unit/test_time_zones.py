"""A person's time zone: an IANA name, checked (a wrong one refused with what to send, and the
zone meant where only its spelling was off); unset, their phone number's only zone, else UTC;
and the day a moment falls on there, ending at the next local midnight however the clocks
change that day."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from domain.errors import BadUserInput
from domain.time_zones import checked_time_zone, local_day, time_zone_of
from domain.users import Preferences, Role, User


@pytest.mark.parametrize("name", ["Australia/Sydney", "America/Los_Angeles", "UTC", "Asia/Kolkata"])
def test_an_iana_name_is_kept(name):
    assert checked_time_zone(name) == name


@pytest.mark.parametrize("name, meant", [("europe/london", "Europe/London"), ("Los Angeles", "America/Los_Angeles"),
                                         ("Mars/Olympus_Mons", None), ("", None), ("../../etc/passwd", None),
                                         ("/usr/share/zoneinfo/UTC", None), (5, None)])
def test_a_wrong_name_is_refused_saying_what_to_send(name, meant):
    with pytest.raises(BadUserInput) as refused:
        checked_time_zone(name)
    assert refused.value.extensions == {"field": "timeZone"}
    assert "IANA time zone name, such as Europe/London" in refused.value.message
    assert (f"Did you mean {meant}?" in refused.value.message) == (meant is not None)


@pytest.mark.parametrize("chosen, phone, zone", [
    ("Asia/Tokyo", "+14155550100", "Asia/Tokyo"),
    (None, "+14155550100", "America/Los_Angeles"),  # San Francisco's area code: one zone
    (None, "+33612345678", "Europe/Paris"),
    (None, "+61412345678", "UTC"),  # an Australian mobile: several zones, none chosen for them
    (None, None, "UTC"),
])
def test_a_persons_zone_is_theirs_else_their_phones_only_one_else_utc(chosen, phone, zone):
    assert time_zone_of(chosen, phone) == zone
    person = User(id="u", email="u@example.com", name="U", role=Role.EMPLOYER, password_hash="x", phone=phone,
                  preferences=Preferences(time_zone=chosen), created_at=datetime(2026, 1, 1, tzinfo=UTC))
    assert person.time_zone == zone


@pytest.mark.parametrize("moment, zone, day, ends", [
    # Los Angeles springs forward on 8 March 2026: a 23-hour day, ending 00:00 PDT (07:00 UTC).
    (datetime(2026, 3, 9, 6, 30, tzinfo=UTC), "America/Los_Angeles", date(2026, 3, 8), datetime(2026, 3, 9, 7, tzinfo=UTC)),
    # ... and falls back on 1 November: 25 hours, ending 00:00 PST (08:00 UTC).
    (datetime(2026, 11, 2, 7, 30, tzinfo=UTC), "America/Los_Angeles", date(2026, 11, 1), datetime(2026, 11, 2, 8, tzinfo=UTC)),
    # Sydney falls back on 5 April 2026 (AEDT to AEST) and springs forward on 4 October.
    (datetime(2026, 4, 4, 13, 30, tzinfo=UTC), "Australia/Sydney", date(2026, 4, 5), datetime(2026, 4, 5, 14, tzinfo=UTC)),
    (datetime(2026, 10, 4, 12, 0, tzinfo=UTC), "Australia/Sydney", date(2026, 10, 4), datetime(2026, 10, 4, 13, tzinfo=UTC)),
    # Santiago's clocks skip midnight itself (00:00 to 01:00 on 6 September 2026): the day ends then.
    (datetime(2026, 9, 6, 3, 30, tzinfo=UTC), "America/Santiago", date(2026, 9, 5), datetime(2026, 9, 6, 4, tzinfo=UTC)),
    (datetime(2026, 12, 7, 23, 59, tzinfo=UTC), "UTC", date(2026, 12, 7), datetime(2026, 12, 8, tzinfo=UTC)),
])
def test_a_day_ends_at_the_next_local_midnight_however_the_clocks_change(moment, zone, day, ends):
    local = local_day(moment, zone)
    assert (local.day, local.ends_at) == (day, ends)


@pytest.mark.parametrize("name", ["localtime", "posixrules", "Factory", "right/Europe/London", "posix/Europe/London"])
def test_a_file_of_the_zone_database_that_names_no_place_is_refused(name):
    with pytest.raises(BadUserInput, match="IANA time zone name"):
        checked_time_zone(name)
