"""A town's bare name in a search's words ("Preston", "cook Preston") is read as a place,
yet it is as often a word of the ad itself: a company, a dish, a job title that folds to a
town's name. The jobs that hold it in their text are found beside those in the place, so
reading it as a place never hides a job that says it. "in Preston", "Preston, UK" and
`location:` still name the place only. Over GraphQL, on both backends."""
from __future__ import annotations

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.resume_choice_helpers import backend  # noqa: F401

SEARCH = """query($q: String, $first: Int, $after: String){ searchJobs(query: $q, first: $first, after: $after){
  edges { node { title } } pageInfo { hasNextPage endCursor } correctedQuery } }"""


async def _board(client) -> None:
    token, _ = await client.employer()
    await client.post_job(token, title="Line Cook", description="Preston Grill is hiring line cooks for its kitchen.",
                          location="York, UK")
    await client.post_job(token, title="Hotel Porter", description="Carry bags and greet guests.",
                          location="Preston, UK")
    await client.post_job(token, title="Pastry Cook", description="Croissants and tarts every morning.",
                          location="Preston, UK")
    await client.post_job(token, title="Salem Bistro Waiter", description="Serve tables in a busy room.",
                          location="Bristol, UK")
    await client.post_job(token, title="Köchin Frühschicht", description="Frühstück für 80 Gäste.",
                          location="Hamburg, Germany")


async def _titles(client, q: str) -> set[str]:
    body = await client.execute(SEARCH, {"q": q})
    assert "errors" not in body, body
    return {e["node"]["title"] for e in body["data"]["searchJobs"]["edges"]}


async def test_a_town_s_name_typed_alone_finds_the_jobs_there_and_those_whose_ad_says_it(backend):
    await _board(backend)
    assert await _titles(backend, "Preston") == {"Line Cook", "Hotel Porter", "Pastry Cook"}
    assert await _titles(backend, "salem") == {"Salem Bistro Waiter"}  # no job in Salem, Oregon
    # Folded, a name of Kochi; as words, with the occupation's other names, as a query's words are.
    assert await _titles(backend, "Köchin") == {"Köchin Frühschicht", "Line Cook", "Pastry Cook"}


async def test_a_town_s_name_after_other_words_is_also_met_by_the_ad_s_text(backend):
    await _board(backend)
    assert await _titles(backend, "cook Preston") == {"Line Cook", "Pastry Cook"}
    assert await _titles(backend, "waiter Salem") == {"Salem Bistro Waiter"}


async def test_in_a_country_or_a_label_still_names_the_place_only(backend):
    await _board(backend)
    assert await _titles(backend, "cook in Preston") == {"Pastry Cook"}
    assert await _titles(backend, "Preston, UK") == {"Hotel Porter", "Pastry Cook"}
    assert await _titles(backend, "cook location: Preston") == {"Pastry Cook"}


async def test_pages_of_such_a_search_go_on_as_the_first_was_read(backend):
    await _board(backend)
    seen: list[str] = []
    after = None
    for _ in range(4):
        body = await backend.execute(SEARCH, {"q": "Preston", "first": 1, "after": after})
        assert "errors" not in body, body
        found = body["data"]["searchJobs"]
        assert found["correctedQuery"] is None
        seen += [e["node"]["title"] for e in found["edges"]]
        if not found["pageInfo"]["hasNextPage"]:
            break
        after = found["pageInfo"]["endCursor"]
    assert sorted(seen) == ["Hotel Porter", "Line Cook", "Pastry Cook"]
