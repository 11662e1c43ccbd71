"""A person's time zone (an IANA name such as Australia/Sydney), and the day a moment falls on
there: a daily digest gathers and goes by its reader's own days, not UTC's, which would split
a Sydney or Los Angeles recruiter's day in two and mail it mid-morning or mid-afternoon.

Left unset, the zone is read from the person's phone number where its country (or area code)
has only one zone (+33: Europe/Paris, +1 415: America/Los_Angeles), else UTC. A day runs from
one local midnight to the next, so it is 23 or 25 hours long where the clocks change."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import phonenumbers
from phonenumbers import timezone as phone_zones

from domain.errors import BadUserInput

DEFAULT_TIME_ZONE = "UTC"


def checked_time_zone(name: object, field: str = "timeZone") -> str:
    """`name` as an IANA time zone name, or a BAD_USER_INPUT saying what to send."""
    if isinstance(name, str) and name and _zone(name) is not None:
        return name
    near = _spelled_otherwise(name) if isinstance(name, str) else None
    hint = f" Did you mean {near}?" if near else ""
    raise BadUserInput(
        f"`{field}` must be an IANA time zone name, such as Europe/London, Australia/Sydney or"
        f" America/Los_Angeles; got {str(name)[:64]!r}.{hint}",
        field=field,
    )


def time_zone_of(chosen: str | None, phone: str | None) -> str:
    """The zone a person's days are counted in: theirs, else their phone's only one, else UTC."""
    if chosen is not None and _zone(chosen) is not None:
        return chosen
    return _phone_zone(phone) if phone else DEFAULT_TIME_ZONE


@dataclass(frozen=True)
class LocalDay:
    """The day a moment falls on in a zone, and the moment (UTC) that day ends there."""

    day: date
    ends_at: datetime


def local_day(moment: datetime, zone_name: str) -> LocalDay:
    zone = _zone(zone_name) or UTC
    day = moment.astimezone(zone).date()
    # The next local midnight (where a change of clocks skips it, the moment the day ends).
    ends = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    return LocalDay(day, ends)


def utc_day_end(day: date) -> datetime:
    """When a UTC day ends: the close of digest entries kept before days were anyone's own."""
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=UTC)


# Files of the zone database that name no place: the host's own zone, the rules for POSIX
# strings, and "Factory"; the leap-second "right/" and "posix/" copies are never listed.
_NOT_PLACES = frozenset({"localtime", "posixrules", "Factory"})


@lru_cache(maxsize=1)
def _known_zones() -> tuple[str, ...]:
    return tuple(sorted(set(available_timezones()) - _NOT_PLACES))


@lru_cache(maxsize=1024)
def _zone(name: str) -> ZoneInfo | None:
    if name not in _known_zones():  # also every path and ".."; the host's files are not asked
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


@lru_cache(maxsize=256)
def _phone_zone(phone: str) -> str:
    try:
        zones = phone_zones.time_zones_for_number(phonenumbers.parse(phone, None))
    except phonenumbers.NumberParseException:
        return DEFAULT_TIME_ZONE
    if len(zones) == 1 and _zone(zones[0]) is not None:
        return str(zones[0])
    return DEFAULT_TIME_ZONE


def _spelled_otherwise(name: str) -> str | None:
    """The zone named `name` however cased or spaced ("europe/london", "Los Angeles")."""
    wanted = name.strip().replace(" ", "_").casefold()
    if not wanted:
        return None
    for known in _known_zones():
        if known.casefold() == wanted or known.casefold().rsplit("/", 1)[-1] == wanted:
            return known
    return None
