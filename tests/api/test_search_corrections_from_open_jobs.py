"""A correction is only a word a searcher can see jobs for, and only offered when the corrected
search finds something; the corrected query searches as it would typed; later pages follow the
correction their cursor names. Over GraphQL."""
from __future__ import annotations

import base64
import json

import pytest

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.resume_choice_helpers import backend  # noqa: F401

SEARCH = ("query($q: String, $first: Int, $after: String, $f: JobFilter){ searchJobs(query: $q, first: $first,"
          " after: $after, filter: $f){ correctedQuery totalCount edges { node { title } }"
          " pageInfo { hasNextPage endCursor } } }")
CLOSE = "mutation($id: ID!){ closeJob(id: $id){ id } }"


async def _search(client, q: str, **more) -> dict:
    body = await client.execute(SEARCH, {"q": q, **more})
    assert "errors" not in body, body
    return body["data"]["searchJobs"]


def _titles(found: dict) -> list[str]:
    return [e["node"]["title"] for e in found["edges"]]


async def test_words_of_closed_jobs_are_never_offered_nor_steer_the_choice(backend):
    token, _ = await backend.employer()
    closed = await backend.post_job(token, title="Project Bluebird", description="A confidential rollout.")
    await backend.data(CLOSE, {"id": closed["id"]}, token)
    for n in range(3):  # a commoner word, one edit away too, but only in closed ads
        job = await backend.post_job(token, title=f"Dog walker {n}", description="Walks twice a day.")
        await backend.data(CLOSE, {"id": job["id"]}, token)
    await backend.post_job(token, title="Welder", description="MIG and TIG on site.")
    leaked = await _search(backend, "bluebirx")
    assert (leaked["edges"], leaked["correctedQuery"]) == ([], None)
    found = await _search(backend, "walder")
    assert (_titles(found), found["correctedQuery"]) == (["Welder"], "welder")


async def test_a_correction_that_finds_nothing_is_not_offered(client):
    token, _ = await client.employer()
    await client.post_job(token, title="Accountant", description="Month-end accounts.", location="Leeds, UK")
    for typed, more in [("acountant", {"f": {"location": "Paris, France"}}), ("NOT acountant", {})]:
        found = await _search(client, typed, **more)
        assert (found["edges"], found["correctedQuery"]) == ([], None), typed


async def test_the_corrected_query_resubmitted_shows_the_same_page(client):
    token, _ = await client.employer()
    await client.post_job(token, title="Staff Nurse", description="Ward nursing.", location="Leeds, UK")
    await client.post_job(token, title="Porter", description="Moving patients around Leeds hospitals.",
                          location="York, UK")
    found = await _search(client, "nurse leds")
    assert found["correctedQuery"] == "nurse leeds"
    again = await _search(client, found["correctedQuery"])
    assert _titles(found) == _titles(again) == ["Staff Nurse"] and again["correctedQuery"] is None


async def test_later_pages_follow_the_correction_of_the_first(client):
    token, _ = await client.employer()
    for n in range(3):
        await client.post_job(token, title=f"Accountant {n}", description="Accounts and payroll.")
    first = await _search(client, "acountant", first=2)
    assert first["correctedQuery"] == "accountant"
    # The typed word is now held: worked out afresh, page 2 would be another list.
    await client.post_job(token, title="Acountant wanted", description="Sic: acountant.")
    rest = await _search(client, "acountant", first=2, after=first["pageInfo"]["endCursor"])
    assert _titles(rest) == ["Accountant 0"] and rest["correctedQuery"] == "accountant"
    assert sorted(_titles(first) + _titles(rest)) == ["Accountant 0", "Accountant 1", "Accountant 2"]


@pytest.mark.parametrize("forged", [{"acountant": "xylophone1"}, {"payroll": "accountant"}])
async def test_a_cursor_of_another_correction_is_refused(client, forged):
    token, _ = await client.employer()
    for n in range(3):
        await client.post_job(token, title=f"Accountant {n}", description="Accounts and payroll.")
    first = await _search(client, "acountant", first=2)
    name, position = json.loads(base64.urlsafe_b64decode(first["pageInfo"]["endCursor"] + "==").decode()[4:])
    prefix = name[:name.index("/corrected:")]
    cursor = "tg2:" + json.dumps([prefix + "/corrected:" + json.dumps(sorted(forged.items())), position])
    body = await client.execute(SEARCH, {"q": "acountant", "first": 2,
                                         "after": base64.urlsafe_b64encode(cursor.encode()).decode().rstrip("=")})
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "corrected search for other words" in body["errors"][0]["message"]
    other = await client.execute(SEARCH, {"q": "acountants", "first": 2, "after": first["pageInfo"]["endCursor"]})
    assert other["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
