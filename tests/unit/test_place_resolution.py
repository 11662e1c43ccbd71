"""Which preferred places the platform can read, and the known places offered for one it
cannot (domain.place_resolution, domain.place_refusal)."""
from __future__ import annotations

import pytest

from domain.errors import BadUserInput
from domain.place_refusal import refuse_unknown_places
from domain.place_resolution import known_place, nearest_known_places

KNOWN = [
    "Leeds", "leeds, uk", "Munich", "München", "Muenchen", "Мюнхен", "Wien", "Київ", "São Paulo", "Sao Paulo",
    "Germany", "Deutschland", "Allemagne", "Texas", "Bayern", "Austin, TX", "Springfield IL", "Zürich",
    "Harrogate, UK", "Harrogate, North Yorkshire", "Smallville KS", "Remote", "remote, UK", "Hybrid - Leeds",
    "Work from home", "Anywhere in Europe", "Europe", "EMEA", "Kraków", "Bengaluru", "Québec",
]


@pytest.mark.parametrize("place", KNOWN)
def test_towns_countries_regions_and_remote_in_any_spelling_are_known(place):
    assert known_place(place)


@pytest.mark.parametrize("place", ["Lndon", "Manchster", "Leedz", "Atlantis", "Harrogate", "Xqxqxqxqxq"])
def test_a_town_alone_that_no_list_holds_is_unknown(place):
    assert not known_place(place)


def test_the_nearest_known_places_come_first_named_with_their_country():
    assert nearest_known_places("Lndon")[0] == "London, United Kingdom"
    assert nearest_known_places("Manchster")[0] == "Manchester, United Kingdom"
    assert nearest_known_places("Leedz")[0] == "Leeds, United Kingdom"
    assert len(nearest_known_places("Lndon")) <= 3
    assert nearest_known_places("Xqxqxqxqxq") == []


def test_an_unknown_place_is_refused_naming_it_and_what_to_send():
    with pytest.raises(BadUserInput) as refused:
        refuse_unknown_places(["Leeds", "Manchster"], stored=[])
    assert refused.value.extensions["field"] == "locations"
    message = str(refused.value)
    # Which of the places sent, not the value itself (values_not_repeated).
    assert "place 2 of those sent" in message and "Manchster" not in message
    assert '"Manchester, United Kingdom"' in message and "country" in message


def test_a_place_stored_under_earlier_rules_may_be_sent_back_unchanged():
    refuse_unknown_places(["Atlantis", "Leeds"], stored=["atlantis"])
    with pytest.raises(BadUserInput):
        refuse_unknown_places(["Atlantis", "Lndon"], stored=["Atlantis"])


def test_a_working_mode_joined_to_its_place_by_a_hyphen_is_read_apart():
    """Its words are split by the hyphen once folded, not by spaces: read from there."""
    assert known_place("Hybrid-London") and known_place("Remote-UK")
    assert not known_place("Remote-first") and not known_place("Remote-Atlantis")
