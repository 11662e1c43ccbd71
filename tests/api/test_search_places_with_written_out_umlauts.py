"""Over GraphQL, on the embedded backend and on AWS (its search mirror and place keys): a place
written with its umlauts spelled out ("Koeln", "Zuerich", "Oesterreich") or with its accents
left off ("Zurich") is the place written with them, as a location filter, as a town typed alone
or at the end of the words, and as a word of the ad; a word the gazetteer does not confirm keeps
its letters."""
from __future__ import annotations

import pytest

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.resume_choice_helpers import backend  # noqa: F401

SEARCH = "query($q: String, $f: JobFilter){ searchJobs(query: $q, filter: $f, first: 50){ edges { node { title } } } }"

JOBS = {
    "Kellner Dom": ("Köln", "Service im Brauhaus am Dom."),
    "Kellner Rhein": ("Koeln, Deutschland", "Service auf dem Rheinschiff."),
    "Barista See": ("Zürich, Schweiz", "Kaffee am See."),
    "Barista Hafen": ("Malmö", "Kaffee am Hafen."),
    "Kellner Prater": ("Wien, Österreich", "Service im Prater."),
    "Kellner Ludwig": ("Gießen", "Service am Ludwigsplatz."),
    "Kurier Messe": ("Berlin", "Kurierfahrten zur Messe Köln und zurück."),
    "Kurier Michal": ("Berlin", "Kurierfahrten für Michal."),
}


@pytest.fixture
async def board(backend):  # noqa: F811
    token, _ = await backend.employer()
    for title, (location, description) in JOBS.items():
        await backend.post_job(token, title=title, description=description, location=location)
    return backend


async def _titles(client, q: str | None = None, **f) -> set[str]:
    body = await client.execute(SEARCH, {"q": q, "f": f or None})
    assert "errors" not in body, body
    return {e["node"]["title"] for e in body["data"]["searchJobs"]["edges"]}


@pytest.mark.parametrize(("location", "titles"), [
    ("Koeln", {"Kellner Dom", "Kellner Rhein"}),
    ("Köln", {"Kellner Dom", "Kellner Rhein"}),
    ("koeln, germany", {"Kellner Dom", "Kellner Rhein"}),
    ("Zuerich", {"Barista See"}),
    ("Zurich, Switzerland", {"Barista See"}),
    ("Malmoe", {"Barista Hafen"}),
    ("Oesterreich", {"Kellner Prater"}),
    ("Wien, Oesterreich", {"Kellner Prater"}),
    ("Giessen", {"Kellner Ludwig"}),
])
async def test_a_location_filter_finds_the_place_however_its_umlauts_are_written(board, location, titles):
    assert await _titles(board, location=location) == titles


@pytest.mark.parametrize(("q", "titles"), [
    ("Kellner Koeln", {"Kellner Dom", "Kellner Rhein"}),
    ("Kellner Köln", {"Kellner Dom", "Kellner Rhein"}),
    ("Barista Zuerich", {"Barista See"}),
])
async def test_a_place_ending_the_words_is_found_however_its_umlauts_are_written(board, q, titles):
    assert await _titles(board, q) == titles


@pytest.mark.parametrize(("q", "titles"), [
    ("Koeln Messe", {"Kurier Messe"}),
    ("Köln Messe", {"Kurier Messe"}),
])
async def test_a_place_named_in_the_ad_is_found_however_its_umlauts_are_written(board, q, titles):
    assert await _titles(board, q) == titles


async def test_a_word_the_gazetteer_does_not_confirm_keeps_its_letters(board):
    # "Michael" is not "Michal" with an umlaut written out: as typed it finds nothing. Typo
    # tolerance then reads it as the word one letter off that an ad holds, and says so.
    body = await board.execute('{ searchJobs(query: "Michael"){ correctedQuery edges { node { title } } } }')
    assert body["data"]["searchJobs"] == {"correctedQuery": "michal", "edges": [{"node": {"title": "Kurier Michal"}}]}


@pytest.mark.parametrize("q", ["Koeln", "Köln"])
async def test_a_town_typed_alone_is_where_the_job_is_however_its_umlauts_are_written(board, q):
    # A town alone is read as the place wanted (docs/search-contract.md), and its name as a word
    # of ads too: the Messe courier's ad names Köln.
    assert await _titles(board, q) == {"Kellner Dom", "Kellner Rhein", "Kurier Messe"}
