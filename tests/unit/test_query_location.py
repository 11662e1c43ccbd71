"""`location:` in a search's words becomes the location filter; the words around it stay."""
import pytest

from domain.errors import BadUserInput
from domain.query_location import location_and_words_from_words, location_from_words


@pytest.mark.parametrize("text, left, place", [
    ("nurse location: Leeds", "nurse", "Leeds"),
    ("Location:Leeds, UK", None, "Leeds, UK"),
    ("location: Leeds title: nurse", "title: nurse", "Leeds"),
    ("nurse location:", "nurse", None),
    ("nurse in Leeds", "nurse", "Leeds"),  # a place at the end: domain.trailing_place
    ("Leeds nurse", "Leeds nurse", None),  # a town elsewhere stays words
    ("relocation: yes", "relocation: yes", None),
])
def test_the_label_takes_the_words_after_it_up_to_the_next_label(text, left, place):
    assert location_from_words(text, None) == (left, place)


def test_the_words_place_within_the_filter_s_is_kept_and_two_different_places_are_refused():
    assert location_from_words("location: Leeds, UK", "leeds") == (None, "Leeds, UK")
    assert location_from_words("location: UK", "Leeds, UK") == (None, "Leeds, UK")
    with pytest.raises(BadUserInput) as refused:
        location_from_words("location: Leeds", "York")
    assert refused.value.extensions["field"] == "query"


def test_a_place_at_the_end_is_not_taken_beside_a_label_or_a_filter():
    assert location_from_words("nurse location: York in Leeds", None) == ("nurse", "York in Leeds")
    assert location_from_words("nurse in Leeds", "York") == ("nurse in Leeds", "York")


@pytest.mark.parametrize(("text", "expected"), [
    ("Lancaster", (None, "Lancaster", "Lancaster")),  # a town's bare name: also words of the ad
    ("cook Lancaster", ("cook", "Lancaster", "Lancaster")),
    ("cook in Lancaster", ("cook", "Lancaster", None)),  # "in": the place only
    ("cook Lancaster UK", ("cook", "Lancaster UK", None)),  # a country named: the place only
    ("Germany", (None, "Germany", None)),
    ("cook location: Lancaster", ("cook", "Lancaster", None)),
])
def test_a_town_s_bare_name_read_as_a_place_may_be_met_by_the_ad_s_words(text, expected):
    assert location_and_words_from_words(text, None) == expected


def test_no_words_stand_for_a_place_the_filter_names():
    assert location_and_words_from_words("cook Lancaster", "York") == ("cook Lancaster", "York", None)
