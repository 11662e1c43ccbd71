"""`location: Leeds` in a search's words filters on the job's location, as `filter.location`
does (the place is not looked for in the ad's text); both at once must agree. Over GraphQL,
on both backends."""
from __future__ import annotations

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.resume_choice_helpers import backend  # noqa: F401

SEARCH = "query($q: String, $f: JobFilter){ searchJobs(query: $q, filter: $f){ edges { node { title } } } }"


async def _board(client) -> None:
    token, _ = await client.employer()
    await client.post_job(token, title="Night Nurse", description="Ward nursing.", location="Leeds, UK")
    await client.post_job(token, title="Day Nurse", description="Ward nursing; training trips to Leeds.",
                          location="York, UK")
    await client.post_job(token, title="Baker", description="Bread.", location="Leeds, UK")


async def _titles(client, q: str, **f) -> set[str]:
    body = await client.execute(SEARCH, {"q": q, "f": f or None})
    assert "errors" not in body, body
    return {e["node"]["title"] for e in body["data"]["searchJobs"]["edges"]}


async def test_a_location_named_in_the_words_filters_on_the_job_s_location(backend):
    await _board(backend)
    assert await _titles(backend, "nurse location: Leeds") == {"Night Nurse"}
    assert await _titles(backend, "location: leeds") == {"Night Nurse", "Baker"}
    assert await _titles(backend, "location: York nurse") == set()  # the label takes the words after it


async def test_a_location_in_the_words_and_in_the_filter_must_agree(client):
    await _board(client)
    assert await _titles(client, "nurse location: Leeds", location="leeds") == {"Night Nurse"}
    body = await client.execute(SEARCH, {"q": "nurse location: Leeds", "f": {"location": "York"}})
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and error["extensions"]["field"] == "query"
    assert "location" in error["message"]


async def test_a_known_town_at_the_end_of_the_words_filters_on_the_job_s_location(backend):
    await _board(backend)
    # A town's bare name may as well be a word of the ad: the York ad that names Leeds is found too.
    assert await _titles(backend, "nurse Leeds") == {"Night Nurse", "Day Nurse"}
    assert await _titles(backend, "nurse in leeds") == {"Night Nurse"}
    assert await _titles(backend, "jobs near Leeds") == {"Night Nurse", "Baker"}
    assert await _titles(backend, "Leeds nurse") == {"Day Nurse"}  # elsewhere a town is words of the ad
    assert await _titles(backend, "nurse Leeds", location="York") == {"Day Nurse"}  # the filter rules


async def test_a_known_town_typed_alone_filters_on_the_job_s_location(backend):
    # As words it found only the York job whose ad mentions Leeds, none of those in Leeds.
    await _board(backend)
    assert await _titles(backend, "Leeds") == {"Night Nurse", "Baker", "Day Nurse"}  # and the ad naming it
    assert await _titles(backend, "leeds, uk") == {"Night Nurse", "Baker"}  # a country named: the place only
    assert await _titles(backend, "York") == {"Day Nurse"}
