"""An employer, a comma, then a region named as its chief town ("Sevilla", "Málaga", "Madrid"):
the employer and its town, not a place alone; a town before the region still makes a place
(fictional résumés)."""
import pytest

from adapters.embedded.parsing.experience import parse_experience


@pytest.mark.parametrize("line, employer", [
    ("Estilista senior | Salón Marco Aldany, Sevilla | sept. 2018 – actualidad", "Salón Marco Aldany"),
    ("Oficial de peluquería | Peluquería Llongueras, Málaga | ene. 2014 – ago. 2018", "Peluquería Llongueras"),
    ("Senior Stylist | Toni Hair Studio, Sevilla | Sep 2018 – Present", "Toni Hair Studio"),
])
def test_the_employer_before_a_region_named_as_a_town_is_kept(line, employer):
    [entry] = parse_experience(line)[0]
    assert entry.company == employer


@pytest.mark.parametrize("line", ["Welder | Utrera, Sevilla | 2014 – 2018", "Staff Nurse | Parkville, Victoria | 2014 – 2018"])
def test_a_town_and_its_region_are_still_a_place(line):
    [entry] = parse_experience(line)[0]
    assert entry.company is None
