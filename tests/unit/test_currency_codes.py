"""Salary and preference currencies are ISO 4217 codes, as the maintained list has them."""
from __future__ import annotations

import pytest

from domain.currencies import iso_4217_code
from domain.errors import BadUserInput


@pytest.mark.parametrize("sent, kept", [("GBP", "GBP"), ("eur", "EUR"), (" jpy ", "JPY"), ("CHF", "CHF"), ("XOF", "XOF")])
def test_a_currency_code_is_kept_in_capitals(sent, kept):
    assert iso_4217_code(sent, "salary.currency") == kept


@pytest.mark.parametrize("sent", ["XYZ", "ABC", "QQQ", "XXX", "XTS", "dollars", "US", "", "€"])
def test_a_made_up_or_reserved_code_is_refused_saying_what_to_send(sent):
    with pytest.raises(BadUserInput) as refused:
        iso_4217_code(sent, "salary.currency")
    assert "`salary.currency` must be a three-letter ISO 4217 currency code such as USD" in refused.value.message


def test_a_code_written_with_a_look_alike_letter_is_refused():
    """The KELVIN SIGN lower-cases to "k": a look-up that folds case took "\u212aES" for KES."""
    with pytest.raises(BadUserInput):
        iso_4217_code("\u212aES", "salary.currency")
