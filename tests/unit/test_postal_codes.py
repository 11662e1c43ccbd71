"""A place asked with its postal code or district number is asked as its town."""
import pytest

from domain.postal_codes import town_without_postal_code


@pytest.mark.parametrize(("asked", "town"), [
    ("Dublin 15", "Dublin"),
    ("Dublin 15, Ireland", "Dublin, Ireland"),
    ("75011 Paris", "Paris"),
    ("London SW1A 1AA", "London"),
    ("Manchester M1, UK", "Manchester, UK"),
    ("Dublin - 15", "Dublin"),
    # A flat's or a unit's number before the town: the town after it, not a town named like the flat.
    ("Apt 3, Paris", "Paris"),
    ("Apt 3, Paris, France", "Paris, France"),
    ("Unit 4, Dublin", "Dublin"),
    # Nothing but a code, no code, or digits inside the name: as written.
    ("12345", "12345"),
    ("Dublin", "Dublin"),
    ("Route 66 Diner", "Route 66 Diner"),
    ("", ""),
])
def test_the_town_of_a_place_asked_with_its_code(asked, town):
    assert town_without_postal_code(asked) == town
