"""The Decimal scalar, read as people write amounts only where that cannot mislead: digits with
one dot for decimals ("12.60"), an exponent ("1E+3") and the special values the amount checks
refuse by name (NaN, Infinity). Strawberry's own reads with Python's `Decimal`, which takes
"1_000" as 1000 (a person writing that meant something else, or nothing) and refuses "12,60"
(the decimal comma most of Europe writes) with "Value cannot represent a Decimal", naming no
field and giving no hint.

A refusal says which field, that decimals take a dot, and why this value is not read (a comma,
an underscore, a currency or unit beside the number) without repeating it (values_not_repeated).
Same name and description, so the served schema does not change."""
from __future__ import annotations

import re
from decimal import Decimal

from strawberry.exceptions import StrawberryInputCoercionError
from strawberry.schema.types.base_scalars import DecimalDefinition
from strawberry.types.scalar import ScalarDefinition

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\Z")
# Refused by name further on (resolvers/exact_amounts.py): "must be a number ...; NaN is not one".
_SPECIAL = re.compile(r"[+-]?(?:s?nan|inf|infinity)\Z", re.IGNORECASE)
# The words graphql-core puts after the place of a refused variable: how errors.py finds ours.
MARK = "Decimal refused:"
_WHY = " " + re.escape(MARK) + r" (?P<why>.*)\Z"
_VARIABLE = re.compile(r"^Variable '\$(?P<variable>\w+)' has invalid value(?: at \.(?P<path>\S+))?:" + _WHY, re.DOTALL)
_LITERAL = re.compile(r"^Expected value of type '(?P<type>Decimal!?)', found .*?;" + _WHY, re.DOTALL)
EXAMPLE = 'such as "12.60"'


def parse_decimal(value: object) -> Decimal:
    if isinstance(value, bool):
        raise StrawberryInputCoercionError(f"{MARK} true or false was sent.")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        # As the JSON wrote it (12.6), not the binary fraction nearest it (12.5999...).
        return Decimal(repr(value))
    if not isinstance(value, str):
        raise StrawberryInputCoercionError(f"{MARK} a value of another kind was sent; send it as text.")
    text = value.strip()
    if _NUMBER.match(text) or _SPECIAL.match(text):
        return Decimal(text)  # a number no amount is ("9E+999999") is refused by the amount checks
    raise StrawberryInputCoercionError(f"{MARK} {_why(text)}")


def _why(text: str) -> str:
    if "," in text:
        return "a comma is read neither as the decimal separator nor as a thousands separator."
    if any(not (ch.isdigit() or ch in "+-.eE_ ") for ch in text):
        return ("send the number alone, without a currency sign, code or unit: the currency and period have"
                " fields of their own.")
    if "_" in text or " " in text:
        return "the digits go together, with no underscores or spaces between them, such as 1000."
    return "the value sent is not a number written that way."


def decimal_refusal(message: str) -> tuple[str, str | None] | None:
    """The message (and the field, when a variable's path names it) for a Decimal our parser
    refused, or None for any other error."""
    refused = _VARIABLE.match(message)
    if refused is not None:
        field = refused["path"] or refused["variable"]
        return f"`{field}` must be a number with a dot for decimals, {EXAMPLE}; {refused['why']}", field
    refused = _LITERAL.match(message)
    if refused is not None:
        return f"A {refused['type']} must be a number with a dot for decimals, {EXAMPLE}; {refused['why']}", None
    return None


DECIMAL = ScalarDefinition(
    name=DecimalDefinition.name,
    description=DecimalDefinition.description,
    specified_by_url=DecimalDefinition.specified_by_url,
    serialize=DecimalDefinition.serialize,
    parse_value=parse_decimal,
    parse_literal=None,
    origin=Decimal,
)
