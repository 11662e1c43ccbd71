"""Cursors over HTTP: pages continue after the item the cursor names, so jobs posted or
closed between two page loads neither repeat nor drop an item; cursors that are not a
page's own are the caller's mistake (BAD_USER_INPUT), never a server error."""
from __future__ import annotations

import base64
import json

import pytest

SEARCH = """
query($q: String, $f: JobFilter, $first: Int, $after: String) {
  searchJobs(query: $q, filter: $f, first: $first, after: $after) {
    totalCount totalCountIsEstimate
    edges { cursor node { id title } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}"""
PAGE_ONLY = """
query($q: String, $first: Int, $after: String) {
  searchJobs(query: $q, first: $first, after: $after) { edges { node { title } } pageInfo { hasNextPage endCursor } }
}"""
ORG_JOBS = """query($id: ID!, $after: String){ node(id: $id){ ... on Organization {
  jobs(first: 2, after: $after) { pageInfo { endCursor } } } } }"""
CLOSE = "mutation($id: ID!){ closeJob(id: $id){ id status } }"


def _cursor(payload: str) -> str:
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


async def _page(client, **variables) -> dict:
    return (await client.data(SEARCH, variables))["searchJobs"]


async def test_a_job_posted_between_two_page_loads_is_neither_repeated_nor_skipped(client):
    token, _ = await client.employer()
    for n in range(6):
        await client.post_job(token, title=f"Job {n}")
    first = await _page(client, first=3)
    assert [e["node"]["title"] for e in first["edges"]] == ["Job 5", "Job 4", "Job 3"]
    await client.post_job(token, title="Job 6")  # newest: sorts before everything seen
    second = await _page(client, first=3, after=first["pageInfo"]["endCursor"])
    assert [e["node"]["title"] for e in second["edges"]] == ["Job 2", "Job 1", "Job 0"]
    assert second["pageInfo"]["hasPreviousPage"] and not second["pageInfo"]["hasNextPage"]


async def test_a_job_closed_between_two_page_loads_does_not_skip_the_next_one(client):
    token, _ = await client.employer()
    jobs = [await client.post_job(token, title=f"Job {n}") for n in range(6)]
    first = await _page(client, first=3)
    await client.data(CLOSE, {"id": jobs[5]["id"]}, token)  # shown on page one, now gone
    second = await _page(client, first=3, after=first["pageInfo"]["endCursor"])
    assert [e["node"]["title"] for e in second["edges"]] == ["Job 2", "Job 1", "Job 0"]


async def test_text_search_pages_by_relevance_stay_put_when_a_better_match_is_posted(client):
    token, _ = await client.employer()
    for n in range(5):
        await client.post_job(token, title=f"Gardener {n}", description="Python in the greenhouse." + " soil" * n)
    first = await _page(client, q="python", first=2)
    seen = [e["node"]["title"] for e in first["edges"]]
    # A stronger match (title and description) ranks first, and shifts every BM25 score.
    await client.post_job(token, title="Python Python Engineer", description="Python, Python and Python.")
    after = first["pageInfo"]["endCursor"]
    while after:
        page = await _page(client, q="python", first=2, after=after)
        seen += [e["node"]["title"] for e in page["edges"]]
        after = page["pageInfo"]["endCursor"] if page["pageInfo"]["hasNextPage"] else None
    assert sorted(seen) == [f"Gardener {n}" for n in range(5)]


async def test_totals_are_exact_below_the_bound_and_say_so(client):
    token, _ = await client.employer()
    for n in range(3):
        await client.post_job(token, title=f"Engineer {n}")
    for query in (None, "engineer"):
        page = await _page(client, q=query, first=1)
        assert (page["totalCount"], page["totalCountIsEstimate"]) == (3, False)


async def test_a_page_without_totals_still_pages(client):
    token, _ = await client.employer()
    for n in range(3):
        await client.post_job(token, title=f"Engineer {n}")
    page = (await client.data(PAGE_ONLY, {"q": "engineer", "first": 2}))["searchJobs"]
    rest = (await client.data(PAGE_ONLY, {"q": "engineer", "first": 2, "after": page["pageInfo"]["endCursor"]}))
    assert len(page["edges"]) + len(rest["searchJobs"]["edges"]) == 3
    assert page["pageInfo"]["hasNextPage"] and not rest["searchJobs"]["pageInfo"]["hasNextPage"]


@pytest.mark.parametrize(
    "after, fragment",
    [
        ("not-a-cursor", "not a valid cursor"),
        ("%%%", "not a valid cursor"),
        (_cursor("tg2:[\"searchJobs.newest\",[\"2026-01-01T00:00:00+00:00\""), "not a valid cursor"),
        (_cursor("tg2:" + json.dumps(["searchJobs.newest", [2**63 + 1, "x"]])), "past 2^63"),
        (_cursor("tg2:" + json.dumps(["searchJobs.newest", [-(2**63) - 1, "x"]])), "past 2^63"),
        (_cursor("tg2:[\"searchJobs.newest\",[NaN,\"x\"]]"), "not a valid cursor"),
        (_cursor("tg2:" + json.dumps(["searchJobs.newest", [1.5, "x"]])), "another list or sort order"),
        (_cursor("tg2:" + json.dumps(["searchJobs.newest", ["a", "b", "c"]])), "another list or sort order"),
        (_cursor("tg2:" + json.dumps(["searchJobs.newest", [{"a": 1}, "x"]])), "another list or sort order"),
        (_cursor("tg2:" + json.dumps(["User.matches", [0.5, "x"]])), "another list or sort order"),
        (_cursor("cursor:v1:99999999999999999999"), "earlier version"),
    ],
)
async def test_tampered_out_of_range_and_foreign_cursors_are_bad_user_input(client, after, fragment):
    body = await client.execute(SEARCH, {"after": after})
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": "after"}
    assert fragment in error["message"]


async def test_a_cursor_from_another_connection_or_sort_is_refused(client):
    token, user = await client.employer()
    for n in range(3):
        await client.post_job(token, title=f"Engineer {n}")
    org_cursor = (await client.data(ORG_JOBS, {"id": user["organization"]["id"]}))["node"]["jobs"]["pageInfo"]["endCursor"]
    newest_cursor = (await _page(client, first=1))["pageInfo"]["endCursor"]
    for query, after in ((None, org_cursor), ("engineer", newest_cursor)):
        body = await client.execute(SEARCH, {"q": query, "after": after})
        assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
        assert "another list or sort order" in body["errors"][0]["message"]


ORG_PAGES = """query($id: ID!, $after: String){ node(id: $id){ ... on Organization {
  jobs(first: 2, after: $after) { edges { node { title } } pageInfo { hasNextPage endCursor } } } } }"""


async def test_an_organization_s_jobs_page_by_keyset_through_the_batched_loader(client):
    token, user = await client.employer()
    for n in range(4):
        await client.post_job(token, title=f"Job {n}")
    org = user["organization"]["id"]
    first = (await client.data(ORG_PAGES, {"id": org}))["node"]["jobs"]
    await client.post_job(token, title="Job 4")
    second = (await client.data(ORG_PAGES, {"id": org, "after": first["pageInfo"]["endCursor"]}))["node"]["jobs"]
    titles = [e["node"]["title"] for e in first["edges"] + second["edges"]]
    assert titles == ["Job 3", "Job 2", "Job 1", "Job 0"]
    assert not second["pageInfo"]["hasNextPage"]


async def test_a_cursor_longer_than_any_we_issue_is_bad_user_input(client):
    body = await client.execute(SEARCH, {"after": "A" * 5000})
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "searchJobs" in error["message"] or "after" in error["message"]


async def test_a_relevance_cursor_of_another_search_is_refused_and_the_same_words_go_on(client):
    """A relevance cursor holds a score of its own query's words: read against other words it
    skipped every job scored below it, and a client that kept `after` when the search box
    changed got an empty or short page and no word why."""
    token, _ = await client.employer()
    for n in range(3):
        await client.post_job(token, title=f"Sous Chef {n}", description="Chef for a busy kitchen." + " chef" * n)
        await client.post_job(token, title=f"Staff Nurse {n}", description="Nurse on a ward.")
    chef_page = await _page(client, q="chef", first=1)
    body = await client.execute(SEARCH, {"q": "nurse", "first": 5, "after": chef_page["pageInfo"]["endCursor"]})
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": "after"}
    assert "`query`" in error["message"] and "first page" in error["message"]
    rest = await _page(client, q="  CHEF ", first=5, after=chef_page["pageInfo"]["endCursor"])
    assert len(rest["edges"]) == 2 and all("Chef" in e["node"]["title"] for e in rest["edges"])


async def test_a_relevance_cursor_names_the_words_as_the_search_reads_them(client):
    """Invisible characters are cleaned from the words before they are searched, so they
    make no other search: a cursor of "\u200bnurse" goes on under "nurse". (A lone surrogate
    escape, which the first version of the relevance list failed on, is refused at the edge:
    test_unpaired_surrogates.py.)"""
    token, _ = await client.employer()
    for n in range(3):
        await client.post_job(token, title=f"Staff Nurse {n}", description="Nurse on a ward.")
    page = await _page(client, q="\u200bnurse\u2060", first=2)
    assert len(page["edges"]) == 2
    rest = await _page(client, q="nurse", first=5, after=page["pageInfo"]["endCursor"])
    assert len(rest["edges"]) == 1
