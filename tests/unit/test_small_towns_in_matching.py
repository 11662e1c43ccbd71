"""Towns of 5,000 to 15,000 people have a position, so a candidate living in one gets credit
for a job a commute away; and with the many small towns that share a city's name, a name means
the most populous town of it in the country it is read in: a village never stands for a city."""
import pytest

from domain.matching.place_fit import place_pair_fit
from domain.town_distances import great_circle_km, km_between, position_of


@pytest.mark.parametrize(("home", "job", "low", "high"), [
    ("Oakham", "Stamford, UK", 12, 20),      # Rutland, ~11,000 people
    ("Tetbury", "Cirencester", 12, 20),      # Gloucestershire, ~5,500
    ("Okehampton", "Exeter, UK", 30, 40),    # Devon, ~7,600
    ("Ludlow, UK", "Leominster, UK", 12, 22),
])
def test_a_small_town_has_a_distance(home, job, low, high):
    km = km_between(home, job)
    assert km is not None and low <= km <= high


def test_a_nurse_in_a_small_town_gets_credit_for_a_job_a_commute_away():
    assert place_pair_fit("Oakham", "Stamford, UK") == 1.0
    assert 0 < place_pair_fit("Okehampton", "Exeter, UK") < 1


def _near(location: str, country: str | None, where: tuple[float, float], km: float = 15) -> bool:
    found = position_of(location, country)
    return found is not None and great_circle_km(found, where) < km


@pytest.mark.parametrize(("name", "country", "where"), [
    ("Cambridge", "GB", (52.205, 0.119)),     # the city, not a namesake village
    ("Paris", "FR", (48.857, 2.352)),         # the capital
    ("Stamford", "GB", (52.65, -0.48)),       # Lincolnshire's, read in Britain
    ("Stamford", None, (41.05, -73.54)),      # Connecticut's, the larger, when no country is told
    ("Cologne", None, (50.94, 6.96)),         # Köln, not Cologne in Lombardy (~7,500 people)
    ("Cologne", "DE", (50.94, 6.96)),
    ("Manchester", "US", (42.99, -71.46)),    # New Hampshire's own, not Richmond's old name
    ("Birmingham", "US", (33.52, -86.80)),    # Alabama's
    ("Richmond", "GB", (51.46, -0.30)),       # London's, not Yorkshire's
    ("Perth", "AU", (-31.95, 115.86)),
])
def test_a_name_means_the_most_populous_town_of_it_in_the_country(name, country, where):
    assert _near(name, country, where)


def test_a_region_code_several_countries_share_is_read_where_the_town_is():
    # "MA" is Massachusetts and Morocco: Cambridge is only in one of them.
    assert _near("Cambridge, MA", None, (42.37, -71.11))
    km = km_between("Cambridge", "Boston, MA")
    assert km is not None and km < 10
