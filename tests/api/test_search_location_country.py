"""`filter.location` naming a country alone (in any of its names) finds every job in that
country; one made of no letters or digits is refused, not read as "anywhere". Over GraphQL,
on both backends."""
from __future__ import annotations

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.resume_choice_helpers import backend  # noqa: F401

SEARCH = "query($f: JobFilter){ searchJobs(filter: $f){ edges { node { title } } } }"


async def _board(client) -> None:
    token, _ = await client.employer()
    for title, place in (("Brewer", "Munich, Germany"), ("Baker", "Hamburg, Deutschland"),
                         ("Nurse", "Wien, Österreich"), ("Porter", "Leeds, UK"),
                         ("Carer", "Dublin, Ireland"), ("Chef", "Dublin 8")):
        await client.post_job(token, title=title, description="A job worth doing well.", location=place)


async def _titles(client, **f) -> set[str]:
    body = await client.execute(SEARCH, {"f": f})
    assert "errors" not in body, body
    return {e["node"]["title"] for e in body["data"]["searchJobs"]["edges"]}


async def test_a_country_alone_finds_every_job_in_it(backend):
    await _board(backend)
    for germany in ("Germany", "Deutschland", "germany", "Allemagne"):
        assert await _titles(backend, location=germany) == {"Brewer", "Baker"}, germany
    for austria in ("Austria", "Österreich"):
        assert await _titles(backend, location=austria) == {"Nurse"}, austria
    assert await _titles(backend, location="United Kingdom") == {"Porter"}


async def test_a_place_asked_with_its_postal_district_or_code_is_its_town(backend):
    await _board(backend)
    for dublin in ("Dublin 15", "Dublin 15, Ireland", "D15 Dublin", "Dublin"):
        assert await _titles(backend, location=dublin) == {"Carer", "Chef"}, dublin
    assert await _titles(backend, location="80331 München") == {"Brewer"}
    assert await _titles(backend, location="Leeds LS9 8AB") == {"Porter"}


async def test_a_location_without_letters_or_digits_is_refused(client):
    await _board(client)
    for nothing in ("🙂", "---", " ,;. "):
        body = await client.execute(SEARCH, {"f": {"location": nothing}})
        error = body["errors"][0]
        assert error["extensions"]["code"] == "BAD_USER_INPUT", (nothing, body)
        assert error["extensions"].get("field") == "filter.location" and "location" in error["message"]
    assert await _titles(client, location="   ") == {"Brewer", "Baker", "Nurse", "Porter", "Carer", "Chef"}  # blank: no filter


async def test_a_mistyped_place_that_finds_nothing_is_refused_with_the_places_it_is_nearest(backend):
    await _board(backend)
    body = await backend.execute(SEARCH, {"f": {"location": "Dubln"}})
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT", body
    assert error["extensions"].get("field") == "filter.location"
    assert "Did you mean" in error["message"] and "Dublin, Ireland" in error["message"], error["message"]
    body = await backend.execute(SEARCH, {"f": {"location": "sdfghjkl"}})  # no place in any language
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT", body
    # A real place without jobs, a town too small for the gazetteer, a postcode: an empty list.
    for place in ("Lisbon", "Harrogate", "Truro, United Kingdom", "D15"):
        assert await _titles(backend, location=place) == set(), place
    # Refused only when nothing is found: a place the board's jobs name stands, whatever it is.
    assert await _titles(backend, location="Dublin") == {"Carer", "Chef"}
