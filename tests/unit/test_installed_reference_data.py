"""The place and currency rules read only the reference tables the composition root installs:
before that they fail saying what is missing (never reading files themselves), and installing
other tables forgets what was derived from the ones before."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from adapters.reference_data.packaged import packaged_reference_data
from domain import country_names, locations, place_names
from domain.currencies import iso_4217_code
from domain.errors import BadUserInput
from domain.installed_reference_data import (
    ReferenceDataNotInstalled,
    install_reference_data,
    uninstall_reference_data,
)
from tests.fakes.reference_data import FakeReferenceData


@pytest.fixture
def packaged_again_afterwards() -> Iterator[None]:
    yield
    install_reference_data(packaged_reference_data())


@pytest.mark.parametrize("rule", [
    lambda: locations.location_matches("Munich, Germany", "München"),
    lambda: locations.place_of("Belfast, UK"),
    lambda: country_names.names_a_country_or_region("Bayern"),
    lambda: place_names.town_id("london"),
    lambda: iso_4217_code("GBP", "salary.currency"),
])
def test_a_rule_used_before_any_tables_are_installed_says_how_to_install_them(rule, packaged_again_afterwards):
    uninstall_reference_data()

    with pytest.raises(ReferenceDataNotInstalled, match="install_reference_data"):
        rule()


def test_the_rules_read_the_installed_tables_and_forget_the_ones_before(packaged_again_afterwards):
    assert locations.location_matches("Paris, France", "Paris")  # cached from the packaged tables
    install_reference_data(FakeReferenceData())

    assert locations.place_of("Paris, France") == locations.Place("paris, france", None)  # no France here
    assert locations.location_matches("München, Deutschland", "Munich")
    assert iso_4217_code("EUR", "salary.currency") == "EUR"
    with pytest.raises(BadUserInput):
        iso_4217_code("USD", "salary.currency")

    install_reference_data(packaged_reference_data())
    assert locations.place_of("Paris, France") == locations.Place("paris", "FR")
    assert iso_4217_code("USD", "salary.currency") == "USD"
