"""A query no open job holds every word of is searched again with the fewest words left out that
lists jobs, and says so in `correctedQuery`; its later pages follow the words their cursor names.
Over GraphQL, on both backends."""
from __future__ import annotations

import base64
import json

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.resume_choice_helpers import backend  # noqa: F401

SEARCH = ("query($q: String, $first: Int, $after: String){ searchJobs(query: $q, first: $first, after: $after){"
          " correctedQuery totalCount edges { node { title } } pageInfo { hasNextPage endCursor } } }")


async def _search(client, q: str, **more) -> dict:
    body = await client.execute(SEARCH, {"q": q, **more})
    assert "errors" not in body, body
    return body["data"]["searchJobs"]


def _titles(found: dict) -> list[str]:
    return [e["node"]["title"] for e in found["edges"]]


async def test_a_word_no_job_has_beside_the_others_is_left_out_and_named(backend):
    token, _ = await backend.employer()
    await backend.post_job(token, title="Welder", description="MIG and TIG on site.", location="Leeds, UK")
    await backend.post_job(token, title="Welder and Forklift Driver", description="Counterbalance trucks.",
                           location="Paris, France")
    # The place is left out last: "welder forklift" would list the job in Paris.
    found = await _search(backend, "welder forklift leeds")
    assert (_titles(found), found["correctedQuery"]) == (["Welder"], "welder leeds")
    again = await _search(backend, found["correctedQuery"])  # resubmitted: the same page, as typed
    assert (_titles(again), again["correctedQuery"]) == (["Welder"], None)
    elsewhere = await _search(backend, "forklift welder leeds")
    assert (_titles(elsewhere), elsewhere["correctedQuery"]) == (["Welder"], "welder leeds")


async def test_a_query_every_word_of_which_a_job_holds_is_searched_as_typed(backend):
    token, _ = await backend.employer()
    await backend.post_job(token, title="Teacher of Mathematics", description="Key stage 3 and 4 classes.")
    await backend.post_job(token, title="Teaching Assistant", description="Supports a year 2 class.")
    found = await _search(backend, "mathematics teacher")
    assert (_titles(found), found["correctedQuery"]) == (["Teacher of Mathematics"], None)
    nothing = await _search(backend, "welder")  # one word: nothing to leave out
    assert (found["totalCount"], nothing["edges"], nothing["correctedQuery"]) == (1, [], None)


async def test_later_pages_follow_the_words_the_first_left_out(client):
    token, _ = await client.employer()
    for n in range(3):
        await client.post_job(token, title=f"Kitchen Porter {n}", description="Pot wash and deliveries.")
    first = await _search(client, "kitchen porter barista", first=2)
    assert first["correctedQuery"] == "kitchen porter" and first["pageInfo"]["hasNextPage"]
    # Now a job holds every word: worked out afresh, page 2 would be another list.
    await client.post_job(token, title="Kitchen Porter and Barista", description="Both.")
    rest = await _search(client, "kitchen porter barista", first=2, after=first["pageInfo"]["endCursor"])
    assert rest["correctedQuery"] == "kitchen porter" and len(_titles(rest)) == 1
    assert len(set(_titles(first) + _titles(rest))) == 3


async def test_a_cursor_naming_words_the_query_does_not_have_is_refused(client):
    token, _ = await client.employer()
    for n in range(3):
        await client.post_job(token, title=f"Kitchen Porter {n}", description="Pot wash.")
    first = await _search(client, "kitchen porter barista", first=2)
    name, position = json.loads(base64.urlsafe_b64decode(first["pageInfo"]["endCursor"] + "==").decode()[4:])
    prefix = name[:name.index("/without:")]
    for forged in (["chef"], ["barista", "kitchen", "porter"], []):
        cursor = "tg2:" + json.dumps([prefix + "/without:" + json.dumps(forged), position])
        body = await client.execute(SEARCH, {"q": "kitchen porter barista", "first": 2,
                                             "after": base64.urlsafe_b64encode(cursor.encode()).decode().rstrip("=")})
        assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT", forged
        assert "after" in json.dumps(body["errors"][0]), forged
