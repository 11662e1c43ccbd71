"""A country asked for alone finds the jobs whose location names it by a code after the town
("Rotterdam, NL", "Dublin, IE") or names one of its regions ("Austin, TX"), as people write
places; a code that is a region of several countries counts only for the country the town is
in ("Denver, CO" is not in Colombia). Over GraphQL, on both backends."""
from __future__ import annotations

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.resume_choice_helpers import backend  # noqa: F401

SEARCH = "query($f: JobFilter){ searchJobs(filter: $f){ edges { node { title } } } }"


async def _board(client) -> None:
    token, _ = await client.employer()
    for title, place in (("Reach Truck Driver", "Rotterdam, NL"), ("Order Picker", "Tilburg, Netherlands"),
                         ("Dental Nurse", "Dublin, IE"), ("Welder", "Austin, TX"), ("Roofer", "Denver, CO")):
        await client.post_job(token, title=title, description="A job worth doing well.", location=place)


async def _titles(client, location: str) -> set[str]:
    body = await client.execute(SEARCH, {"f": {"location": location}})
    assert "errors" not in body, body
    return {e["node"]["title"] for e in body["data"]["searchJobs"]["edges"]}


async def test_a_country_finds_the_jobs_that_name_it_by_a_code_or_a_region(backend):
    await _board(backend)
    assert await _titles(backend, "Netherlands") == {"Reach Truck Driver", "Order Picker"}
    assert await _titles(backend, "Nederland") == {"Reach Truck Driver", "Order Picker"}
    assert await _titles(backend, "Ireland") == {"Dental Nurse"}
    assert await _titles(backend, "United States") == {"Welder", "Roofer"}
    assert await _titles(backend, "Colombia") == set()
    assert await _titles(backend, "Canada") == set()  # NL is Newfoundland too; Rotterdam is not there
