"""EU driving-licence categories: one licence whatever a country's scheme calls it, and a
category meets the ones it legally includes, never the reverse."""
from __future__ import annotations

import pytest

from domain.driving_licences import CATEGORIES, licence_category, licence_covers

# What a holder of each category may drive (Directive 2006/126/EC, articles 4 and 6), itself included.
DRIVES = {
    "AM": {"AM"}, "A1": {"A1", "AM"}, "A2": {"A2", "A1", "AM"}, "A": {"A", "A2", "A1", "AM"},
    "B": {"B", "AM"}, "BE": {"BE", "B", "AM"},
    "C1": {"C1", "B", "AM"}, "C1E": {"C1E", "C1", "BE", "B", "AM"},
    "C": {"C", "C1", "B", "AM"}, "CE": {"CE", "C", "C1E", "C1", "BE", "B", "AM"},
    "D1": {"D1", "B", "AM"}, "D1E": {"D1E", "D1", "BE", "B", "AM"},
    "D": {"D", "D1", "B", "AM"}, "DE": {"DE", "D", "D1E", "D1", "BE", "B", "AM"},
}


@pytest.mark.parametrize("held", CATEGORIES)
@pytest.mark.parametrize("wanted", CATEGORIES)
def test_the_implication_matrix(held, wanted):
    assert licence_covers(f"Category {held} licence", f"permis {wanted}") is (wanted in DRIVES[held])


@pytest.mark.parametrize("category, names", [
    ("CE", ["Category CE", "Category C+E", "C+E", "HGV Class 1", "HGV1", "LGV Class 1", "HGV licence Class 1 (C+E)",
            "Führerschein Klasse CE", "permis CE", "rijbewijs CE", "prawo jazdy kat. CE", "Klasse C+E"]),
    ("C", ["Category C licence", "HGV Class 2", "LGV 2", "HGV licence Class 2 (C)", "Führerschein Klasse C",
           "permis C", "rijbewijs C"]),
    ("C1", ["Driving licence category C1", "Führerschein C1", "7.5 tonne licence"]),
    ("D", ["PCV licence (D)", "Category D", "Klasse D", "permis D"]),
    ("C1E", ["Führerschein Klasse C1E", "Category C1+E"]),
    ("B", ["permis de conduire B", "Führerschein Klasse B", "driving licence category B", "full UK driving licence",
           "Full clean driving licence (3 points)", "Valid UK driving licence - manual", "Driving licence",
           "Current full driving license", "Car licence"]),
])
def test_every_scheme_names_the_same_category(category, names):
    assert {licence_category(n) for n in names} == {category}


@pytest.mark.parametrize("name", ["Commercial Driver's License Class A (CDL-A)", "Class A license", "Class B CDL",
                                  "Driver CPC", "Category management", "permis de conduire",
                                  "Forklift licence", "HGV driving licence", "Automatic driving licence",
                                  "Driver's license", "Motorcycle licence", "Provisional driving licence"])
def test_names_of_no_eu_category(name):
    assert licence_category(name) is None


@pytest.mark.parametrize("held", ["Full UK driving licence", "Category C", "HGV Class 1", "PCV licence (D)",
                                  "Clean driving licence"])
def test_a_full_driving_licence_asked_for_is_met_by_the_car_licence_and_every_one_covering_it(held):
    assert licence_covers(held, "Full UK driving licence")
    assert licence_covers(held, "Category B licence")


def test_the_car_licence_meets_no_lorry_or_bus_category():
    for wanted in ("Category C", "HGV Class 2", "Category D", "Category BE"):
        assert not licence_covers("Full UK driving licence", wanted)
