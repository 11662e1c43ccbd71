"""A variable (or input field) of type Int refused for its value: graphql-core says "Int cannot
represent non 32-bit signed integer value" or "non-integer value"; the person is told what the
field takes (a whole number, and between which bounds) and what kind of value they sent (the
value itself is never repeated: see values_not_repeated), at the same place."""
from __future__ import annotations

import re

from resolvers.values_not_repeated import kind_of

# graphql-core's words: "Variable '$n' has invalid value[ at .path]: Int cannot represent <why>: <value>"
_INT_REFUSED = re.compile(
    r"^(?P<where>Variable '\$\w+' has invalid value(?: at \S+)?): Int cannot represent "
    r"(?P<why>non 32-bit signed integer|non-integer) value: (?P<value>.*)$", re.DOTALL)
_MIN_INT, _MAX_INT = -(2**31), 2**31 - 1


def int_variable_message(message: str) -> str | None:
    """The message for a value an Int variable or field cannot take, or None for any other error."""
    refused = _INT_REFUSED.match(message)
    if refused is None:
        return None
    takes = "a whole number (Int)"
    sent = kind_of(refused["value"])
    if refused["why"].startswith("non 32"):
        takes += f" from {_MIN_INT} to {_MAX_INT}"
        sent = "a number outside that range"
    return f"{refused['where']}: it takes {takes}, not {sent}."
