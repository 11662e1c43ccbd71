"""The country a candidate lives in, as their résumé and places tell it: the résumé's
location, else the phone number's country code, else the one country their places name."""
import pytest

from domain.home_country import home_country


@pytest.mark.parametrize(("location", "phone", "places", "country"), [
    ("Leeds, UK", None, [], "GB"),
    ("Austin, TX", "+44 20 7946 0958", [], "US"),       # where they live before the phone's code
    (None, "+49 30 1234567", ["Leeds"], "DE"),
    (None, "020 7946 0958", ["Leeds, UK"], "GB"),       # a national number tells nothing
    (None, None, ["Leeds, UK", "Manchester, England"], "GB"),
    (None, None, ["Leeds, UK", "Paris, France"], None),  # several countries: none of them
    ("Leeds", "not a number", ["Leeds"], None),
])
def test_the_candidates_country(location, phone, places, country):
    assert home_country(location, phone, places) == country
