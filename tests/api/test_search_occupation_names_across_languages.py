"""A job is found by the names its occupation has in other languages and by their compound
and hyphenated forms ("LKW-Fahrer (m/w/d)" by "Berufskraftfahrer" and by "truck driver"), and
a word spelled without its umlaut ("Kuechenchef") or accent ("cuisiniere") finds the word
written with it, and the other way round. A generic word ("driver") widens to no occupation.
Over GraphQL, on the embedded backend and on AWS (its search mirror)."""
from __future__ import annotations

import pytest

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.resume_choice_helpers import backend  # noqa: F401

SEARCH = "query($q: String){ searchJobs(query: $q, first: 50){ edges { node { title } } } }"

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
    token, _ = await backend.employer()
    for title, description, skills in JOBS:
        await backend.post_job(token, title=title, description=description, requiredSkills=skills)
    return backend


async def _titles(client, text: str) -> set[str]:
    body = await client.execute(SEARCH, {"q": text})
    assert "errors" not in body, body
    return {edge["node"]["title"] for edge in body["data"]["searchJobs"]["edges"]}


TRUCK = {"LKW-Fahrer (m/w/d)", "Chauffeur poids lourd", "Motorista de caminhão"}
NURSE = {"Krankenschwester / Gesundheits- und Krankenpfleger (m/w/d)", "Infirmière de bloc", "Enfermera"}


@pytest.mark.parametrize("text", ["Berufskraftfahrer", "truck driver", "Lkw Fahrer", "LKW-Fahrer",
                                  "Lastkraftwagenfahrer", "Kraftfahrer", "chauffeur poids lourd", "camionero",
                                  "motorista de caminhão", "kierowca ciężarówki", "HGV driver"])
async def test_a_truck_driver_s_job_is_found_by_the_occupation_s_names_in_other_languages(board, text):
    assert await _titles(board, text) == TRUCK


@pytest.mark.parametrize("text", ["nurse", "Krankenschwester", "Pflegefachkraft", "Krankenpfleger",
                                  "infirmier", "infirmière", "enfermeiro", "enfermera"])
async def test_a_nurse_s_job_is_found_by_the_occupation_s_names_in_other_languages(board, text):
    assert await _titles(board, text) == NURSE


async def test_cooks_chefs_and_accountants_are_found_across_languages(board):
    assert "Küchenchef (m/w/d)" in await _titles(board, "head chef")
    assert await _titles(board, "cuisinier") >= {"Cuisinière"}
    assert "Cuisinière" in await _titles(board, "cocinero")
    assert "Cuisinière" in await _titles(board, "Koch")
    assert await _titles(board, "accountant") == {"Buchhalter (m/w/d)", "Contabilista"}
    assert await _titles(board, "comptable") == {"Buchhalter (m/w/d)", "Contabilista"}
    assert await _titles(board, "contador") == {"Buchhalter (m/w/d)", "Contabilista"}


async def test_a_generic_word_widens_to_no_occupation(board):
    assert await _titles(board, "driver") == {"Delivery Driver"}
    assert await _titles(board, "Fahrer") == {"LKW-Fahrer (m/w/d)"}
    assert await _titles(board, "nurse driver") == set()


@pytest.mark.parametrize(("text", "title"), [
    ("Kuechenchef", "Küchenchef (m/w/d)"),
    ("Küchenhilfe", "Kuechenhilfe"),
    ("Straßenbauer", "Strassenbauer"),
    ("cuisiniere", "Cuisinière"),
    ("motorista de caminhao", "Motorista de caminhão"),
])
async def test_umlauts_sharp_s_and_accents_match_their_other_spellings(board, text, title):
    assert title in await _titles(board, text)
