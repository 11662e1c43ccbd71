"""A school known by its name and number, then its town, then the award ("CETis 45, Ciudad
Obregón — Técnico en Mecatrónica, 2016"): the school is the institution, never the town."""
from adapters.embedded.parsing.education import parse_education
from adapters.reference_data.packaged import packaged_reference_data
from domain.installed_reference_data import install_reference_data


def test_a_numbered_school_before_its_town():
    install_reference_data(packaged_reference_data())
    rows = [(e.institution, e.degree, e.graduation_year)
            for e in parse_education("CETis 45, Ciudad Obregón — Técnico en Mecatrónica, 2016\n")]
    assert rows == [("CETis 45", "Técnico en Mecatrónica", 2016)]


def test_a_town_is_no_institution_when_a_school_name_stands_beside_it():
    install_reference_data(packaged_reference_data())
    rows = [(e.institution, e.degree) for e in parse_education("Liceo Técnico N° 7, Valparaíso — Técnico en Electricidad, 2013\n")]
    assert rows and rows[0][0] != "Valparaíso"
