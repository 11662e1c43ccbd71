"""An amount of money sent as a whole `Int` (`min`, `minSalary`, as old clients send it) or
exactly as a `Decimal` (`minAmount`, `minSalaryAmount`: 12.60 an hour): one amount either way."""
from __future__ import annotations

from decimal import Decimal

import strawberry

from domain.errors import BadUserInput

# The largest GraphQL Int: an exact amount must still have a whole-unit view old clients can read.
_MOST_INT = 2 ** 31 - 1


def _given(value: object) -> bool:
    return value is not strawberry.UNSET


def one_amount(whole: int | None | object, exact: Decimal | None | object, whole_name: str,
               exact_name: str) -> Decimal | None | object:
    """The amount sent (UNSET when neither was), or BadUserInput when both were and differ."""
    if isinstance(exact, Decimal):
        _check(exact, exact_name)
    # A null beside a number is the field left out (generated clients send every field).
    if whole is None and isinstance(exact, Decimal):
        whole = strawberry.UNSET
    if exact is None and _given(whole) and whole is not None:
        exact = strawberry.UNSET
    if _given(whole) and _given(exact):
        if whole != exact:  # 12 equals 12.00
            raise BadUserInput(
                f"`{whole_name}` ({_said(whole)}) and `{exact_name}` ({_said(exact)}) disagree: send one of"
                f" them, `{exact_name}` for an amount with decimals such as \"12.60\".",
                field=exact_name,
            )
        return exact
    if _given(exact):
        return exact
    if _given(whole):
        return None if whole is None else Decimal(whole)  # type: ignore[arg-type]
    return strawberry.UNSET


def _check(amount: Decimal, name: str) -> None:
    # NaN first: it compares with nothing (a signalling one raises on any comparison).
    if not amount.is_finite():
        raise BadUserInput(f"`{name}` must be a number such as \"12.60\"; {amount} is not one.", field=name)
    # Compared as it is (rounding 1E+999999999 up to a whole number would build a billion digits).
    if amount.copy_abs() > _MOST_INT:
        raise BadUserInput(
            f"`{name}` of {amount} is beyond the largest amount this API holds ({_MOST_INT}): check the"
            " amount, and that the period is the one it pays for.",
            field=name,
        )


def _said(value: object) -> str:
    return "null" if value is None else str(value)
