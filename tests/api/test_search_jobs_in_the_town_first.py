"""A town's bare name in a search's words finds the jobs in the town and those whose ad only
names it; the jobs in the town come first (newest first without other words, best first with
them), then the ads naming it. Paged two at a time, every job once, none left out, the total
counting both. Over GraphQL, on both backends."""
from __future__ import annotations

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.resume_choice_helpers import backend  # noqa: F401

SEARCH = """query($q: String, $first: Int, $after: String){ searchJobs(query: $q, first: $first, after: $after){
  edges { node { title location } } totalCount pageInfo { hasNextPage endCursor } } }"""

THERE = ["Hotel Porter", "Pastry Cook", "Dish Washer"]
NAMING = ["Line Cook", "Grill Cook", "Sous Chef"]


async def _board(client) -> None:
    token, _ = await client.employer()
    # The jobs in Preston are posted first: newest first alone, the ads naming it would lead.
    await client.post_job(token, title="Hotel Porter", description="Carry bags and greet guests.", location="Preston, UK")
    await client.post_job(token, title="Pastry Cook", description="Tarts every morning; a cook's hours.",
                          location="Preston, UK")
    await client.post_job(token, title="Dish Washer", description="Keep the kitchen clean.", location="Preston, UK")
    await client.post_job(token, title="Line Cook", description="Preston Grill hires a cook: cook, cook, cook.",
                          location="York, UK")
    await client.post_job(token, title="Grill Cook", description="Cook steaks at our Preston Road grill, cook.",
                          location="Leeds, UK")
    await client.post_job(token, title="Sous Chef", description="Our Preston kitchen team needs you.",
                          location="Hull, UK")
    await client.post_job(token, title="Night Porter", description="Nights at the front desk.", location="York, UK")


async def _pages(client, q: str) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    after = None
    for _ in range(10):
        body = await client.execute(SEARCH, {"q": q, "first": 2, "after": after})
        assert "errors" not in body, body
        found = body["data"]["searchJobs"]
        seen += [(e["node"]["title"], e["node"]["location"]) for e in found["edges"]]
        assert found["totalCount"] == {"Preston": 6, "cook Preston": 3}[q]
        if not found["pageInfo"]["hasNextPage"]:
            return seen
        after = found["pageInfo"]["endCursor"]
    raise AssertionError(f"no end after 10 pages: {seen}")


async def test_a_town_typed_alone_lists_the_jobs_there_first_then_the_ads_naming_it(backend):
    await _board(backend)
    seen = await _pages(backend, "Preston")
    # Each list newest first; every job once across pages of two, one page crossing the lists.
    assert [title for title, _ in seen] == [*reversed(THERE), *reversed(NAMING)]


async def test_other_words_rank_within_each_list_with_the_jobs_there_first(backend):
    await _board(backend)
    seen = await _pages(backend, "cook Preston")
    # The ads naming Preston say "cook" more often than the one in Preston: still after it.
    assert seen == [("Pastry Cook", "Preston, UK"), ("Line Cook", "York, UK"), ("Grill Cook", "Leeds, UK")]
