"""Exact amounts of money: how many decimals a currency's amounts may have (ISO 4217 minor
units), and the whole-unit views kept for clients that read and send `Int` amounts.

No installed library knows minor units (pycountry's ISO 4217 data has none; babel, which does,
is not a dependency), so the ISO 4217 exceptions to two decimals are listed here. A currency in
no list (a new one, a fund or a metal) gets two: a bound can only be too loose, never refuse
a real amount."""
from __future__ import annotations

import math
from decimal import Decimal
from typing import Annotated

from pydantic import PlainSerializer

from domain.errors import BadUserInput

_NO_DECIMALS = frozenset(
    "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".split())
_THREE_DECIMALS = frozenset("BHD IQD JOD KWD LYD OMR TND".split())
_FOUR_DECIMALS = frozenset("CLF UYW".split())
# Enough for any currency's amounts (the most decimals above): what the search keys count in.
MOST_DECIMALS = 4


def minor_units(currency: str) -> int:
    """How many decimals an amount of `currency` (ISO 4217, in capitals) may have."""
    if currency in _NO_DECIMALS:
        return 0
    if currency in _THREE_DECIMALS:
        return 3
    return 4 if currency in _FOUR_DECIMALS else 2


def checked_places(amount: Decimal | None, currency: str, field: str, argument: str) -> Decimal | None:
    """`amount`, or BadUserInput when it has more decimals than `currency` has minor units
    (12.605 GBP is no amount anyone is paid) or is not a finite number."""
    if amount is None:
        return None
    if not amount.is_finite():
        raise BadUserInput(f"`{argument}` must be a number such as 12.60; {amount} is not one.", field=field)
    places = minor_units(currency)
    if _decimals(amount) > places:
        example = "1200" if places == 0 else "12." + "5" * places
        raise BadUserInput(
            f"`{argument}` of {amount} {currency} has more decimals than {currency} amounts have ({places}):"
            f" send it to at most {places} decimal places, such as {example}.",
            field=field,
        )
    return amount


def _decimals(amount: Decimal) -> int:
    """How many decimals `amount` has, trailing zeros aside (12.600 has 1). Read off its digits:
    normalize() would round 1E-999999999 to 0 under the context's limits."""
    if amount.is_zero():
        return 0
    _, digits, exponent = amount.as_tuple()
    assert isinstance(exponent, int)  # finite: checked by the caller
    kept = len(digits)
    while exponent < 0 and kept and digits[kept - 1] == 0:
        kept, exponent = kept - 1, exponent + 1
    return max(0, -exponent)


def shown(amount: Decimal | None, currency: str | None) -> Decimal | None:
    """`amount` with as many decimals as its currency has: 12.6 GBP reads 12.60, 1200 JPY 1200."""
    if amount is None:
        return None
    return amount.quantize(Decimal(1).scaleb(-minor_units((currency or "").upper())))


def written(amount: Decimal | int, currency: str) -> str:
    """`amount` as a sentence says it: 30000 as 30000, 12.6 GBP as 12.60."""
    amount = Decimal(amount)
    if amount == amount.to_integral_value():
        return str(int(amount))
    return str(shown(amount, currency))


def whole_below(amount: Decimal | None) -> int | None:
    """The whole-unit view of a lower bound: rounded down, so 12.60 reads 12."""
    return None if amount is None else math.floor(amount)


def whole_above(amount: Decimal | None) -> int | None:
    """The whole-unit view of an upper bound: rounded up, so 12.60 reads 13."""
    return None if amount is None else math.ceil(amount)


def in_smallest_units(amount: Decimal) -> int:
    """`amount` counted in 1/10^MOST_DECIMALS units: an exact integer for any currency's amount,
    what the search keys compare (a float would make 12.60 an hour 26207.999... a year)."""
    return int(amount.scaleb(MOST_DECIMALS).to_integral_value())


def _stored(amount: Decimal) -> int | float | str:
    # A JSON number where one holds the amount exactly (DynamoDB reads it back as Decimal, the
    # others as the same shortest decimal), else its digits as text: never a rounded amount.
    if amount == amount.to_integral_value():
        return int(amount)
    number = float(amount)
    return number if Decimal(repr(number)) == amount else str(amount)


# An exact amount of money: JSON keeps it exact (see _stored); old stored ints read unchanged.
Amount = Annotated[Decimal, PlainSerializer(_stored, when_used="json")]


class WholeAmount(Decimal):
    """An amount sent as whole units (`minSalary: 12`), by a client that may only know the
    whole-unit view of an exact one it read (12 for 12.60)."""


def kept_where_read_back(sent: object, stored: Decimal | None) -> object:
    """`stored` where `sent` is its whole-unit view sent back (a lower bound's, rounded down),
    so a client that knows only whole units does not lower 12.60 to 12; else `sent`."""
    if isinstance(sent, WholeAmount) and stored is not None and sent == whole_below(stored):
        return stored
    return sent
