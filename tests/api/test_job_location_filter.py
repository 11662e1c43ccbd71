"""searchJobs' location filter takes a place as people write it: any case, accents or none,
the country named, abbreviated or left out; a different country is not the place."""
from __future__ import annotations

import pytest

SEARCH = "query($f: JobFilter){ searchJobs(filter: $f, first: 50){ edges { node { title } } } }"

LOCATIONS = {
    "Belfast office": "Belfast, United Kingdom",
    "Belfast ward": "Belfast, Northern Ireland",
    "Belfast plain": "Belfast",
    "Belfast Maine": "Belfast, Maine, USA",
    "Malmö dock": "Malmö, Sweden",
    "Atlanta depot": "Atlanta, Georgia, USA",
    "Tbilisi school": "Tbilisi, Georgia",
    "Denver site": "Denver, CO",
    "Seoul lab": "Seoul, South Korea",
}


@pytest.fixture
async def jobs(client):
    token, _ = await client.employer()
    for title, location in LOCATIONS.items():
        await client.post_job(token, title=title, description="Warehouse work.", location=location)
    return client


async def titles(client, location: str) -> set[str]:
    body = await client.execute(SEARCH, {"f": {"location": location}})
    assert "errors" not in body, body
    return {edge["node"]["title"] for edge in body["data"]["searchJobs"]["edges"]}


async def test_a_place_matches_in_any_case_and_with_the_country_written_any_way(jobs):
    in_belfast_uk = {"Belfast office", "Belfast ward", "Belfast plain"}
    for wanted in ("BELFAST, UK", "belfast, united kingdom", "Belfast, GB", "Belfast, Great Britain",
                   "Belfast,UK", "belfast, U.K."):
        assert await titles(jobs, wanted) == in_belfast_uk, wanted
    assert await titles(jobs, "Belfast") == in_belfast_uk | {"Belfast Maine"}
    assert await titles(jobs, "BELFAST, US") == {"Belfast Maine", "Belfast plain"}


async def test_accents_are_optional_and_a_country_alone_finds_its_jobs(jobs):
    assert await titles(jobs, "MALMO") == {"Malmö dock"}
    assert await titles(jobs, "malmö, sweden") == {"Malmö dock"}
    assert await titles(jobs, "Korea") == {"Seoul lab"}
    # A city named alone is in the country of the largest town of its name.
    assert await titles(jobs, "UK") == {"Belfast office", "Belfast ward", "Belfast plain"}
    # A country that is also a US state's name still finds the state, as written.
    assert await titles(jobs, "Georgia") == {"Atlanta depot", "Tbilisi school"}
    assert await titles(jobs, "Denver, USA") == {"Denver site"}


async def test_a_region_written_in_full_or_abbreviated_is_the_same_region(client):
    token, _ = await client.employer()
    for title, location in {"Austin full": "Austin, Texas, USA", "Austin short": "Austin, TX",
                            "Austin plain": "Austin", "Austin Minnesota": "Austin, MN",
                            "Sydney full": "Sydney, New South Wales, Australia"}.items():
        await client.post_job(token, title=title, description="Warehouse work.", location=location)
    in_texas = {"Austin full", "Austin short", "Austin plain"}
    for wanted in ("Austin, TX", "austin, texas", "AUSTIN, TX, USA"):
        assert await titles(client, wanted) == in_texas, wanted
    assert await titles(client, "Sydney, NSW") == {"Sydney full"}


async def test_a_region_asked_for_alone_finds_its_jobs_however_they_spell_it(client):
    token, _ = await client.employer()
    for title, location in {"Amarillo yard": "Amarillo, TX", "Houston ward": "Houston, TX, USA",
                            "Austin depot": "Austin, Texas", "Austin Minnesota": "Austin, MN",
                            "Munich kitchen": "München, BY, Germany", "Berlin office": "Berlin, DE"}.items():
        await client.post_job(token, title=title, description="Warehouse work.", location=location)
    texas = {"Amarillo yard", "Houston ward", "Austin depot"}
    assert await titles(client, "Texas") == texas
    assert await titles(client, "texas, USA") == texas
    assert await titles(client, "Texas, Canada") == set()
    assert await titles(client, "Bayern") == {"Munich kitchen"}


async def test_a_place_written_without_commas_in_the_filter_or_the_words(client):
    token, _ = await client.employer()
    for title, location in (("Ward nurse", "Springfield, IL"), ("Clinic nurse", "Springfield, Illinois, USA"),
                            ("Other nurse", "Springfield, MO"), ("City nurse", "Salt Lake City, UT")):
        await client.post_job(token, title=title, description="Nursing care on a ward.", location=location)
    for wanted in ("Springfield IL", "Springfield Illinois", "Springfield IL USA", "springfield, il"):
        assert await titles(client, wanted) == {"Ward nurse", "Clinic nurse"}, wanted
    assert await titles(client, "Salt Lake City UT") == {"City nurse"}
    body = await client.execute('query{ searchJobs(query: "nurse location: springfield il"){ edges { node { title } } } }')
    assert {e["node"]["title"] for e in body["data"]["searchJobs"]["edges"]} == {"Ward nurse", "Clinic nurse"}
