"""On OpenSearch, as on the embedded index, a town's bare name lists the jobs in the town first,
then the ads only naming it (domain.place_first): two searches of their own, each paged with
`search_after` inside it. Request shapes and a client answering from lists in memory (no server
needed); against a real OpenSearch when OPENSEARCH_URL is set."""
from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from adapters.aws.opensearch.job_index import OpenSearchJobIndex
from adapters.aws.opensearch.queries import search_body
from domain.jobs import Job, JobFilter
from domain.pagination import PageRequest

BARE = JobFilter(location="Preston", location_or_words="Preston")


def _filters(job_filter: JobFilter, query: str | None = None) -> list[dict]:
    return search_body(query, job_filter, PageRequest())["query"]["bool"]["filter"]


def test_the_place_alone_then_its_words_outside_it():
    in_place = _filters(BARE.model_copy(update={"location_or_words": None}))
    assert "multi_match" not in str(in_place) and "must_not" not in str(in_place)
    (naming,) = [c for c in _filters(BARE.model_copy(update={"words_outside_location": True}), "cook")
                 if "must_not" in c.get("bool", {})]
    (words,) = naming["bool"]["filter"]
    assert words["multi_match"]["query"] == "Preston" and words["multi_match"]["type"] == "bool_prefix"
    (place,) = naming["bool"]["must_not"]
    assert {"wildcard": {"location_folded": {"value": "*preston*", "case_insensitive": True}}} in place["bool"]["should"]
    assert "multi_match" not in str(place)


def _source(job_id: str, location: str) -> dict:
    return {"id": job_id, "organization_id": "o", "title": "Cook", "description": "d", "status": "OPEN",
            "location": location, "remote": "ONSITE", "employment_type": "FULL_TIME",
            "posted_at": "2026-01-01T00:00:00+00:00", "updated_at": "2026-01-01T00:00:00+00:00",
            "required_skills": [], "nice_to_have_skills": []}


class _Lists:
    """Answers the place's list or the words' list (told apart by its `must_not`), each hit sorted
    by a score then a rising number, honouring `search_after`, `size` and the total asked."""

    def __init__(self, there: int, naming: int, *, fuzzy_only: bool = False) -> None:
        self.lists = {False: [f"p{i}" for i in range(there)], True: [f"w{i}" for i in range(naming)]}
        self.bodies: list[dict] = []
        self.fuzzy_only = fuzzy_only  # the words as typed find nothing

    async def search(self, index, body):
        self.bodies.append(body)
        ids = self.lists["must_not" in str(body["query"])]
        if self.fuzzy_only and "fuzziness" not in str(body["query"]):
            ids = []
        scored = "_score" in body["sort"]  # newest first without words
        sort = {job_id: [float(100 - n), 1767225600000 - n, job_id][0 if scored else 1:] for n, job_id in enumerate(ids)}
        start = 0 if "search_after" not in body else ids.index(body["search_after"][-1]) + 1
        hits = [{"_source": _source(j, "Preston, UK" if j[0] == "p" else "York, UK"), "sort": sort[j]}
                for j in ids[start:start + body["size"]]]
        return {"hits": {"hits": hits, "total": {"value": len(ids), "relation": "eq"}}}


@pytest.mark.parametrize("query", ["cook", None])
async def test_pages_of_two_read_every_job_once_those_in_the_town_first(query):
    client = _Lists(3, 4)
    index = OpenSearchJobIndex(client, "jobs", 3)
    seen: list[str] = []
    after = None
    for _ in range(10):
        page = await index.search(query, BARE, PageRequest(first=2, after=after))
        assert page.total == 7 and page.corrected_query is None
        seen += [job.id for job in page.items]
        if not page.has_next:
            break
        after = page.positions[-1]
    assert seen == ["p0", "p1", "p2", "w0", "w1", "w2", "w3"]
    # Each list's own position goes to its own search: never the other list's.
    for body in client.bodies:
        if "search_after" in body:
            assert body["search_after"][-1][0] == ("w" if "must_not" in str(body["query"]) else "p")


async def test_a_misspelt_word_beside_the_town_is_searched_again_fuzzy_in_both_lists():
    client = _Lists(1, 2, fuzzy_only=True)
    page = await OpenSearchJobIndex(client, "jobs", 3).search("cokk", BARE, PageRequest(first=2))
    assert [job.id for job in page.items] == ["p0", "w0"] and page.has_next and page.total == 3
    exact = [b for b in client.bodies if "fuzziness" not in str(b["query"])]
    fuzzy = [b for b in client.bodies if "fuzziness" in str(b["query"])]
    assert len(exact) == 2 and len(fuzzy) == 2  # each list as typed, then each again fuzzy


URL = os.environ.get("OPENSEARCH_URL")


@pytest.mark.skipif(not URL, reason="OPENSEARCH_URL is not set: no OpenSearch to test against")
async def test_against_opensearch_the_jobs_in_the_town_come_first_across_pages():
    from adapters.aws.opensearch.client import open_client

    client = open_client(URL, "us-east-1")
    index = OpenSearchJobIndex(client, f"tg-test-{uuid.uuid4().hex[:8]}", dimension=3, refresh="wait_for")
    await index.ensure_index()
    try:
        at = datetime(2026, 1, 1, tzinfo=UTC)
        rows = [("p1", "Pastry Cook", "Tarts; a cook's hours.", "Preston, UK"),
                ("p2", "Dish Washer", "Keep the kitchen clean.", "Preston, UK"),
                ("w1", "Line Cook", "Preston Grill hires a cook: cook, cook, cook.", "York, UK"),
                ("w2", "Grill Cook", "Cook steaks at our Preston grill.", "Leeds, UK"),
                ("w3", "Sous Chef", "Our Preston kitchen team.", "Hull, UK"),
                ("x1", "Night Porter", "Front desk.", "York, UK")]
        for n, (job_id, title, description, location) in enumerate(rows):
            moment = at + timedelta(days=n)  # the ads naming Preston are the newest
            await index.index_job(Job(id=job_id, organization_id="o", title=title, description=description,
                                      location=location, posted_at=moment, updated_at=moment))
        for query, expected in ((None, ["p2", "p1", "w3", "w2", "w1"]), ("cook", ["p1", "w1", "w2"])):
            seen: list[str] = []
            after = None
            for _ in range(10):
                page = await index.search(query, BARE, PageRequest(first=2, after=after))
                assert page.total == len(expected)
                seen += [job.id for job in page.items]
                if not page.has_next:
                    break
                after = page.positions[-1]
            assert seen == expected
    finally:
        await client.indices.delete(index=index.index)
        await client.close()
