"""Scalars whose refusals a person can act on: Strawberry's DateTime passes on the parser's
own words ("invalid literal for int() with base 10: b'nota'"); this one says what to send.
Same name, description and accepted forms, so the served schema does not change."""
from __future__ import annotations

import datetime as dt

import dateutil.parser
from strawberry.exceptions import StrawberryInputCoercionError
from strawberry.schema.types.base_scalars import DateTimeDefinition
from strawberry.types.scalar import ScalarDefinition

DATE_TIME_FORM = "an ISO 8601 date-time such as 2026-01-31T00:00:00Z"


def parse_date_time(value: object) -> dt.datetime:
    if isinstance(value, str):
        try:
            return dateutil.parser.isoparse(value)
        except (ValueError, OverflowError):
            pass
    raise StrawberryInputCoercionError(f'"{value}" is not a date-time: send {DATE_TIME_FORM}.')


DATE_TIME = ScalarDefinition(
    name=DateTimeDefinition.name,
    description=DateTimeDefinition.description,
    specified_by_url=DateTimeDefinition.specified_by_url,
    serialize=DateTimeDefinition.serialize,
    parse_value=parse_date_time,
    parse_literal=None,
    origin=dt.datetime,
)

SCALAR_OVERRIDES = {dt.datetime: DATE_TIME}
