"""A misspelled word finds what the word it meant finds ("acountant", "nurce", "electrcian",
"warehose"), and the page says what it searched for (`correctedQuery`); a query whose words jobs
hold is searched as typed. Over GraphQL, on both backends (AWS without OpenSearch searches its
local mirror, whose vocabulary is the same)."""
from __future__ import annotations

import pytest

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.resume_choice_helpers import backend  # noqa: F401

SEARCH = ("query($q: String, $first: Int, $after: String){ searchJobs(query: $q, first: $first, after: $after){"
          " correctedQuery totalCount edges { node { title } } pageInfo { hasNextPage endCursor } } }")


async def _board(client) -> None:
    token, _ = await client.employer()
    for title, description in [
        ("Accountant", "Month-end accounts and payroll for a builders' merchant."),
        ("Staff Nurse", "Ward nursing on a busy surgical unit."),
        ("Electrician", "Domestic rewires and testing for an electrical contractor."),
        ("Warehouse Operative", "Picking and packing orders in our warehouse."),
        ("Cuisinière", "Préparer les plats du jour dans une brasserie."),
    ]:
        await client.post_job(token, title=title, description=description, location="Leeds, UK")


async def _search(client, q: str, **more) -> dict:
    body = await client.execute(SEARCH, {"q": q, **more})
    assert "errors" not in body, body
    return body["data"]["searchJobs"]


@pytest.mark.parametrize(("typed", "meant", "title"), [
    ("acountant", "accountant", "Accountant"),
    ("nurce", "nurse", "Staff Nurse"),
    ("electrcian", "electrician", "Electrician"),
    ("warehose operative", "warehouse operative", "Warehouse Operative"),
    ("Warehose", "warehouse", "Warehouse Operative"),
])
async def test_a_misspelled_word_finds_the_jobs_of_the_word_it_meant(backend, typed, meant, title):
    await _board(backend)
    found = await _search(backend, typed)
    assert [e["node"]["title"] for e in found["edges"]] == [title]
    assert found["correctedQuery"] == meant
    assert found["totalCount"] == 1


async def test_accented_words_are_corrected_too(backend):
    await _board(backend)
    found = await _search(backend, "cuisinere")
    assert [e["node"]["title"] for e in found["edges"]] == ["Cuisinière"]
    assert found["correctedQuery"] is not None


async def test_a_query_whose_words_jobs_hold_is_searched_as_typed(backend):
    await _board(backend)
    found = await _search(backend, "nurse")
    assert [e["node"]["title"] for e in found["edges"]] == ["Staff Nurse"]
    assert found["correctedQuery"] is None
    # Held words that no one job holds together: none is corrected; the fewest left out that list
    # jobs, later words first (domain.narrower_queries), and said so.
    narrowed = await _search(backend, "nurse payroll warehouse")
    assert [e["node"]["title"] for e in narrowed["edges"]] == ["Staff Nurse"]
    assert narrowed["correctedQuery"] == "nurse"


async def test_short_words_and_words_far_from_any_are_not_corrected(client):
    await _board(client)
    for typed in ("xylophone", "acc0untant", "nurseryman"):
        found = await _search(client, typed)
        assert found["edges"] == [] and found["correctedQuery"] is None
    assert (await _search(client, "nrs"))["correctedQuery"] is None  # under 4 letters: typed as meant


async def test_pages_after_a_corrected_first_page_go_on_in_the_corrected_search(client):
    token, _ = await client.employer()
    for n in range(3):
        await client.post_job(token, title=f"Accountant {n}", description="Accounts and payroll.", location="Leeds, UK")
    first = await _search(client, "acountant", first=2)
    assert first["correctedQuery"] == "accountant" and first["pageInfo"]["hasNextPage"]
    rest = await _search(client, "acountant", first=2, after=first["pageInfo"]["endCursor"])
    titles = [e["node"]["title"] for e in first["edges"] + rest["edges"]]
    assert sorted(titles) == ["Accountant 0", "Accountant 1", "Accountant 2"]
    assert rest["correctedQuery"] == "accountant" and not rest["pageInfo"]["hasNextPage"]
