"""An Irish (or Northern Irish) county is asked for as people write it, "County Cork",
"Co. Cork" or "Cork": each finds the jobs in the county however their location writes it,
the county town's included."""
from __future__ import annotations

SEARCH = "query($f: JobFilter){ searchJobs(filter: $f){ edges { node { title } } } }"


async def _board(client) -> None:
    token, _ = await client.employer()
    await client.post_job(token, title="Chairside Assistant", description="Dental surgery.", location="Cork, Ireland")
    await client.post_job(token, title="Practice Receptionist", description="Front desk.",
                          location="Ballincollig, County Cork, Ireland")
    await client.post_job(token, title="Hygienist", description="Scale and polish.", location="Kinsale, Co. Cork")
    await client.post_job(token, title="Orthodontic Assistant", description="Braces.", location="Galway, Ireland")


async def _titles(client, location: str) -> set[str]:
    body = await client.execute(SEARCH, {"f": {"location": location}})
    assert "errors" not in body, body
    return {e["node"]["title"] for e in body["data"]["searchJobs"]["edges"]}


async def test_a_county_asked_for_with_its_word_finds_every_job_in_it(client):
    await _board(client)
    everywhere_in_cork = {"Chairside Assistant", "Practice Receptionist", "Hygienist"}
    assert await _titles(client, "Cork") == everywhere_in_cork
    assert await _titles(client, "County Cork") == everywhere_in_cork
    assert await _titles(client, "Co. Cork") == everywhere_in_cork
    assert await _titles(client, "co cork") == everywhere_in_cork
    assert await _titles(client, "County Cork, Ireland") == everywhere_in_cork
    assert await _titles(client, "County Galway") == {"Orthodontic Assistant"}
