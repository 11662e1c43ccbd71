"""build_place_names keeps the towns of MIN_POPULATION people or more, most populous first,
with their names folded; airport codes, names with digits and names under three letters are
left out (they read as other words)."""
from adapters.reference_data.build_place_names import town_rows
from domain.place_names import MIN_POPULATION

CITIES = {
    "1": {"geonameid": 1, "name": "Small Town", "countrycode": "DE", "population": MIN_POPULATION - 1,
          "alternatenames": ["Kleinstadt"]},
    "2": {"geonameid": 2, "name": "Munich", "countrycode": "DE", "population": 1_500_000,
          "alternatenames": ["München", "MUC", "Мюнхен", "Mu", "München 1"]},
    "3": {"geonameid": 3, "name": "Vienna", "countrycode": "AT", "population": 1_900_000, "alternatenames": ["Wien"]},
}


def test_towns_kept_with_their_names_folded_most_populous_first():
    assert town_rows(CITIES) == ["3\tAT\t1900000\tvienna|wien", "2\tDE\t1500000\tmunchen|munich|мюнхен"]
