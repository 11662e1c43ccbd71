"""Real places the suggestions' list (towns of 100,000 people or more) does not hold, 1 edit from
one it does: towns of 5,000 or more, a capital, an island, a county, a district written with its
city, working modes and sales regions. None is an obvious typo (a job there, or a person's
preferred place, is taken as typed). A town under 5,000 people 1 edit from a large one
("Settle" and "Seattle") still needs its country."""
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
    "Ripon", "Goole", "Leek", "Essex",
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


def test_a_town_under_5000_people_next_to_a_large_one_needs_its_country():
    assert obvious_typo_of("Settle") == ["Seattle, United States"]
    assert obvious_typo_of("Settle, United Kingdom") == []


def test_keyboard_mashing_reads_as_no_place_but_real_names_with_consonant_clusters_do_not():
    from domain.place_refusal import reads_as_no_place

    assert reads_as_no_place("asdkjhaskdjh") and reads_as_no_place("sdfghjkl")
    assert not any(reads_as_no_place(place) for place in
                   ("Szczecin", "Schwarzwald", "Angleterre", "Llandudno", "Kirchschlag, Austria", "SW1A 1AA",
                    "Knightsbridge", "Pwllheli", "Kirchschlag", "Hirschberg", "Marktbreit", "Hochschwarzwald"))
