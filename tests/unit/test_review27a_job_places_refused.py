"""Review finding: real job locations refused as "obvious typos" by 3274b92 (postJob/updateJob).
Each is a real place (towns of 20k-120k people, a capital, a country's second city, an island, a
London district written with its city); none should be refused. Written as one list so the
failure names them all."""
from __future__ import annotations

import pytest

import tests  # noqa: F401  (installs the packaged reference data)
from domain.errors import BadUserInput
from domain.place_refusal import obvious_typo_of, refuse_unknown_places

REAL_JOB_PLACES = [
    "Tartu",              # Estonia's second city        -> "Tartus, Syria"
    "Lund",               # Sweden, university city       -> "Luand, Angola"
    "Faro",               # Portugal, Algarve capital     -> "Fargo, United States"
    "Chur",               # Switzerland, canton capital   -> "Churu, India"
    "Nuuk",               # capital of Greenland          -> "Nuus, Germany"
    "Juneau",             # capital of Alaska             -> "Junevu, Switzerland"
    "Madeira",            # Portugal                      -> "Madera, Kenya"
    "Harlow",             # Essex, ~90k                   -> "Harrow, United Kingdom"
    "Romford",            # London borough town, ~120k    -> "Rokford, United States"
    "Bury",               # Greater Manchester, ~80k      -> "Burs, Türkiye"
    "Buxton",             # Derbyshire                    -> "Buton, Indonesia"
    "Navan",              # Ireland, ~30k                 -> "Nava, Uzbekistan"
    "Oban",               # Scotland                      -> "Oman"
    "Leigh",              # Greater Manchester, ~45k      -> "Leiah, Pakistan"
    "Ripon", "Goole", "Settle", "Leek", "Essex",
    "Soho, London",       # a district with its city      -> "Solo, Indonesia"
    "Brixton, London",
    "Marina, Dubai",
    "Angel, London",
    "Bury, Greater Manchester",
    "Remote-first",       # a working mode                -> "Firt, Germany"
    "Remote - AMER",      # a sales region                -> "Acmer, India"
]


def test_real_job_places_are_not_obvious_typos():
    refused = {place: obvious_typo_of(place) for place in REAL_JOB_PLACES if obvious_typo_of(place)}
    assert refused == {}


@pytest.mark.parametrize("place", ["Harlow", "Tartu", "Soho, London"])
def test_a_job_in_a_real_place_is_not_refused(place):
    try:
        refuse_unknown_places([place], [""], field="location")
    except BadUserInput as error:
        pytest.fail(f"{place!r} refused: {error}")
