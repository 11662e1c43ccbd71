"""A place written with its umlauts spelled out ("Koeln", "Zuerich", "Oesterreich") or its
accents left off ("Zurich", "Sao Paulo") is the place written with them: the same place keys
(the stores that only compare text), a location match, the same place for matching's location
part, and a search word's other spelling; confirmed by the gazetteer and the country tables,
so words that name no such place keep their letters."""
from __future__ import annotations

import pytest

from domain.country_names import country_code
from domain.locations import location_matches, place_of
from domain.matching.place_fit import same_place
from domain.place_keys import location_keys, wanted_keys
from domain.spelling_variants import spelling_variants
from domain.written_out_umlauts import confirmed_umlaut_spelling, umlaut_readings

SAME_PLACES = [
    ("Köln", "Koeln"), ("Köln, Deutschland", "Koeln, Germany"), ("München", "Muenchen"), ("München", "Munchen"),
    ("Düsseldorf", "Duesseldorf"), ("Zürich", "Zuerich"), ("Zürich, Schweiz", "Zurich"), ("Göteborg", "Goeteborg"),
    ("Malmö", "Malmoe"), ("São Paulo", "Sao Paulo"), ("Kraków", "Krakow"), ("Wien, Österreich", "Wien, Oesterreich"),
    ("Graz, Österreich", "Oesterreich"), ("Odense, Dänemark", "Daenemark"),
]


@pytest.mark.parametrize(("job", "wanted"), SAME_PLACES)
def test_a_place_however_its_umlauts_are_written_shares_a_key_and_matches(job, wanted):
    assert set(location_keys(job)) & set(wanted_keys(wanted)), (job, wanted)
    assert location_matches(job, wanted) and location_matches(wanted, job) or "," in job, (job, wanted)


@pytest.mark.parametrize(("one", "other"), [*SAME_PLACES, ("Gießen", "Giessen"), ("Zurich", "Zürich, Switzerland"),
                                            ("Austria", "Graz, Oesterreich"), ("Koeln", "Köln, Germany")])
def test_matching_reads_them_as_the_same_place_both_ways(one, other):
    assert same_place(one, other) and same_place(other, one)


@pytest.mark.parametrize(("one", "other"), [
    ("London, UK", "Manchester, UK"), ("Berlin", "Bern"), ("Michael", "Michal"), ("Samuel", "Samul"),
    ("Wien, Oesterreich", "Graz, Österreich"), ("Köln", "Bonn, Deutschland"),
])
def test_different_places_stay_different(one, other):
    assert not same_place(one, other) and not same_place(other, one)


def test_a_country_named_with_its_umlauts_written_out_is_that_country():
    assert country_code("oesterreich") == "AT" and country_code("daenemark") == "DK"
    assert place_of("Wien, Oesterreich").country == "AT"
    assert location_keys("Wien, Oesterreich") == location_keys("Wien, Österreich")


@pytest.mark.parametrize(("word", "spelled"), [
    ("koeln", "köln"), ("muenchen", "münchen"), ("zuerich", "zürich"), ("malmoe", "malmö"), ("goeteborg", "göteborg"),
    ("moenchengladbach", "mönchengladbach"), ("oesterreich", "österreich"), ("daenemark", "dänemark"),
    ("thueringen", "thüringen"), ("koechin", "köchin"),
])
def test_a_search_word_the_gazetteer_or_the_vocabularies_confirm_is_read_with_its_umlauts(word, spelled):
    assert confirmed_umlaut_spelling(word) == spelled
    assert spelled in spelling_variants(word)


@pytest.mark.parametrize("word", ["michael", "michaela", "samuel", "raphael", "israel", "manuel", "queue", "aerospace",
                                  "poets", "poetry", "guest", "bluer", "confluence", "fluent", "aktuell", "noel",
                                  "goethe", "boeing", "phoenix", "toyota", "cruel", "duel", "suede", "does"])
def test_a_word_no_list_confirms_keeps_its_letters(word):
    assert confirmed_umlaut_spelling(word) is None
    assert spelling_variants(word) == ()


def test_every_written_out_pair_is_read_alone_and_together():
    assert umlaut_readings("goeteborg") == ("göteborg",)
    assert umlaut_readings("muelhaeuser") == ("mülhäuser", "mülhaeuser", "muelhäuser")
    assert umlaut_readings("queue") == () and umlaut_readings("london") == ()
