"""Scalars whose refusals a person can act on: Strawberry's DateTime passes on the parser's
own words ("invalid literal for int() with base 10: b'nota'"); this one says what to send.
Same name, description and accepted forms, so the served schema does not change. Its refusals
name the form expected and the kind of value sent, never the value (values_not_repeated.py).

Every DateTime argument passes here, so the range is checked once for all of them: a moment
whose UTC form falls outside Python's years (0001-01-01T00:00:00+14:00) cannot be stored or
compared by any backend, and years before 1900 are no date this platform ever records."""
from __future__ import annotations

import datetime as dt
import decimal

import dateutil.parser
from strawberry.exceptions import StrawberryInputCoercionError
from strawberry.schema.types.base_scalars import DateTimeDefinition
from strawberry.types.scalar import ScalarDefinition

from resolvers.decimal_scalar import DECIMAL

DATE_TIME_FORM = "an ISO 8601 date-time such as 2026-01-31T00:00:00Z"
EARLIEST = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=dt.UTC)
DATE_TIME_RANGE = "from 1900-01-01T00:00:00Z to 9999-12-31T23:59:59Z (in UTC, after its offset is applied)"


def parse_date_time(value: object) -> dt.datetime:
    if isinstance(value, str):
        try:
            moment = dateutil.parser.isoparse(value)
        except (ValueError, OverflowError):
            pass
        else:
            if _in_range(moment):
                return moment
            raise StrawberryInputCoercionError(
                f"The DateTime sent is out of range: send a date-time {DATE_TIME_RANGE}.")
    raise StrawberryInputCoercionError(f"A DateTime takes {DATE_TIME_FORM}; the {_kind(value)} sent is not one.")


def _kind(value: object) -> str:
    """What was sent, never the value itself (resolvers/values_not_repeated.py): a refusal
    travels on to logs and screenshots. graphql-core's message names the variable and path."""
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "list"
    return "value"


def _in_range(moment: dt.datetime) -> bool:
    """A moment without an offset is read as UTC, as the services read it."""
    try:
        in_utc = moment.replace(tzinfo=dt.UTC) if moment.utcoffset() is None else moment.astimezone(dt.UTC)
    except (OverflowError, ValueError):
        return False
    return EARLIEST <= in_utc <= LATEST


DATE_TIME = ScalarDefinition(
    name=DateTimeDefinition.name,
    description=DateTimeDefinition.description,
    specified_by_url=DateTimeDefinition.specified_by_url,
    serialize=DateTimeDefinition.serialize,
    parse_value=parse_date_time,
    parse_literal=None,
    origin=dt.datetime,
)

SCALAR_OVERRIDES = {dt.datetime: DATE_TIME, decimal.Decimal: DECIMAL}
