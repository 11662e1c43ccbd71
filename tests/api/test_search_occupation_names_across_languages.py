"""A job is found by the names its occupation has in other languages and by their compound
and hyphenated forms ("LKW-Fahrer (m/w/d)" by "Berufskraftfahrer" and by "truck driver"), and
a word spelled without its umlaut ("Kuechenchef") or accent ("cuisiniere") finds the word
written with it, and the other way round. A generic word ("driver") widens to no occupation.
Over GraphQL, on the embedded backend and on AWS (its search mirror)."""
from __future__ import annotations

import pytest

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.resume_choice_helpers import backend  # noqa: F401
from tests.search_board import post_board, titles_found

# Skills set by the employer, so no job's skill list names the occupation searched for.
JOBS = [
    ("LKW-Fahrer (m/w/d)", "Nahverkehr ab Lager, Führerschein CE.", ["Ladungssicherung"]),
    ("Chauffeur poids lourd", "Tournées régionales au départ de Lyon.", ["Arrimage"]),
    ("Motorista de caminhão", "Rotas nacionais a partir do armazém.", ["Carga"]),
    ("Krankenschwester / Gesundheits- und Krankenpfleger (m/w/d)", "Station für Innere Medizin.", ["Wundversorgung"]),
    ("Infirmière de bloc", "Bloc opératoire, horaires de jour.", ["Asepsie"]),
    ("Enfermera", "Planta de hospitalización, turno de mañana.", ["Curas"]),
    ("Küchenchef (m/w/d)", "Leitung der Küche im Hotelrestaurant.", ["Menüplanung"]),
    ("Cuisinière", "Restaurant traditionnel, service du midi.", ["Dressage"]),
    ("Kuechenhilfe", "Spuelen und Vorbereitung.", ["Reinigung"]),
    ("Buchhalter (m/w/d)", "Kreditoren und Debitoren, Monatsabschluss.", ["DATEV"]),
    ("Contabilista", "Contabilidade de PME, fecho de contas.", ["IVA"]),
    ("Delivery Driver", "Multi-drop van routes.", ["Route planning"]),
    ("Strassenbauer", "Asphalt und Pflaster.", ["Pflasterarbeiten"]),
]


@pytest.fixture
async def board(backend):
    return await post_board(backend, JOBS)



TRUCK = {"LKW-Fahrer (m/w/d)", "Chauffeur poids lourd", "Motorista de caminhão"}
NURSE = {"Krankenschwester / Gesundheits- und Krankenpfleger (m/w/d)", "Infirmière de bloc", "Enfermera"}


@pytest.mark.parametrize("text", ["Berufskraftfahrer", "truck driver", "Lkw Fahrer", "LKW-Fahrer",
                                  "Lastkraftwagenfahrer", "Kraftfahrer", "chauffeur poids lourd", "camionero",
                                  "motorista de caminhão", "kierowca ciężarówki", "HGV driver"])
async def test_a_truck_driver_s_job_is_found_by_the_occupation_s_names_in_other_languages(board, text):
    assert await titles_found(board, text) == TRUCK


@pytest.mark.parametrize("text", ["nurse", "Krankenschwester", "Pflegefachkraft", "Krankenpfleger",
                                  "infirmier", "infirmière", "enfermeiro", "enfermera"])
async def test_a_nurse_s_job_is_found_by_the_occupation_s_names_in_other_languages(board, text):
    assert await titles_found(board, text) == NURSE


async def test_cooks_chefs_and_accountants_are_found_across_languages(board):
    assert "Küchenchef (m/w/d)" in await titles_found(board, "head chef")
    assert await titles_found(board, "cuisinier") >= {"Cuisinière"}
    assert "Cuisinière" in await titles_found(board, "cocinero")
    assert "Cuisinière" in await titles_found(board, "Koch")
    assert await titles_found(board, "accountant") == {"Buchhalter (m/w/d)", "Contabilista"}
    assert await titles_found(board, "comptable") == {"Buchhalter (m/w/d)", "Contabilista"}
    assert await titles_found(board, "contador") == {"Buchhalter (m/w/d)", "Contabilista"}


async def test_a_generic_word_widens_to_no_occupation(board):
    assert await titles_found(board, "driver") == {"Delivery Driver"}
    assert await titles_found(board, "Fahrer") == {"LKW-Fahrer (m/w/d)"}
    assert await titles_found(board, "nurse driver") == set()


@pytest.mark.parametrize(("text", "title"), [
    ("Kuechenchef", "Küchenchef (m/w/d)"),
    ("Küchenhilfe", "Kuechenhilfe"),
    ("Straßenbauer", "Strassenbauer"),
    ("cuisiniere", "Cuisinière"),
    ("motorista de caminhao", "Motorista de caminhão"),
])
async def test_umlauts_sharp_s_and_accents_match_their_other_spellings(board, text, title):
    assert title in await titles_found(board, text)
