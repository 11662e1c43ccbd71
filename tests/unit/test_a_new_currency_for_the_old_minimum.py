"""A minimum salary set in one currency is not carried to another as the same number: a change
of currency without the minimum in it is refused, naming both, and one with it is taken."""
from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from domain.errors import BadUserInput
from domain.preference_changes import merged_preferences
from domain.users import Preferences, Role, User


def _user(**preferences) -> User:
    return User(id="u", email="u@example.org", name="U", role=Role.CANDIDATE, password_hash="x",
                created_at=datetime(2026, 1, 1, tzinfo=UTC), preferences=Preferences(**preferences))


def test_a_currency_alone_is_refused_while_a_minimum_is_set_in_another():
    with pytest.raises(BadUserInput) as refused:
        merged_preferences(_user(min_salary=30000, currency="GBP"), {"currency": "sar"})
    assert refused.value.extensions["field"] == "currency"
    assert "30,000 GBP" in str(refused.value) or "30000 GBP" in str(refused.value)
    assert "SAR" in str(refused.value) and "minSalary: null" in str(refused.value)


@pytest.mark.parametrize("changes, minimum, currency", [
    ({"currency": "SAR", "min_salary": 140000}, 140000, "SAR"),  # the minimum restated in it
    ({"currency": "SAR", "min_salary": None}, None, "SAR"),      # or cleared
    ({"currency": "gbp"}, 30000, "GBP"),                        # the same currency, however cased
])
def test_a_currency_with_its_minimum_or_the_same_one_is_taken(changes, minimum, currency):
    merged = merged_preferences(_user(min_salary=30000, currency="GBP"), changes)
    assert (merged.min_salary, merged.currency) == (minimum if minimum is None else Decimal(minimum), currency)


def test_a_currency_with_no_minimum_set_is_taken():
    assert merged_preferences(_user(currency="GBP"), {"currency": "EUR"}).currency == "EUR"
