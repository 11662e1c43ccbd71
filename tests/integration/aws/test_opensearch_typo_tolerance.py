"""Typo tolerance on OpenSearch, as on the embedded index: the words as typed are searched
first, and only a search that finds nothing at all is run again with its words allowed a few
edits (`fuzziness` AUTO:4,8, the first letter as typed, never a word with digits), the words as
typed earning a bonus. Request shapes only (a recording client, no server needed)."""
from __future__ import annotations

from adapters.aws.opensearch.job_index import OpenSearchJobIndex
from adapters.aws.opensearch.queries import search_body
from domain.jobs import JobFilter
from domain.pagination import PageRequest
from domain.query_aliases import QueryAlias


def _boolean(query: str, job_filter: JobFilter | None = None, fuzzy: bool = False) -> dict:
    return search_body(query, job_filter or JobFilter(), PageRequest(first=5), fuzzy=fuzzy)["query"]["bool"]


def _fuzzy_anywhere(clause) -> bool:
    return "fuzziness" in str(clause)


def test_the_search_as_typed_has_no_fuzziness_and_no_bonus_clause():
    boolean = _boolean("acountant leeds")
    (match,) = boolean["must"]
    assert match["multi_match"]["query"] == "acountant leeds" and not _fuzzy_anywhere(boolean)
    assert "should" not in boolean
    alias = QueryAlias(words=("rn",), alternatives=(("registered", "nurse"),))
    assert not _fuzzy_anywhere(_boolean("rn warehose", JobFilter(query_aliases=[alias])))


def test_the_search_again_lets_every_word_be_met_a_few_edits_away_with_the_first_letter_as_typed():
    boolean = _boolean("acountant leeds", fuzzy=True)
    (match,) = boolean["must"]
    as_prefix, whole = (clause["multi_match"] for clause in match["bool"]["should"])
    assert match["bool"]["minimum_should_match"] == 1
    for fuzzy in (as_prefix, whole):
        assert (fuzzy["fuzziness"], fuzzy["prefix_length"], fuzzy["fuzzy_transpositions"]) == ("AUTO:4,8", 1, False)
        assert (fuzzy["operator"], fuzzy["query"]) == ("and", "acountant leeds")
    # OpenSearch makes bool_prefix's last word a prefix query without fuzziness: the words are
    # asked whole too, so the last word may be a few edits away as well.
    assert (as_prefix["type"], whole["type"]) == ("bool_prefix", "most_fields")
    (exact,) = boolean["should"]
    assert exact["multi_match"]["boost"] > 1 and "fuzziness" not in exact["multi_match"]


def test_words_with_digits_are_never_fuzzy():
    (both,) = _boolean("warehose ls1 5g", fuzzy=True)["must"]
    loose, exact = both["bool"]["must"]
    for clause in loose["bool"]["should"]:
        assert clause["multi_match"]["query"] == "warehose" and clause["multi_match"]["fuzziness"] == "AUTO:4,8"
    assert exact["multi_match"]["query"] == "ls1 5g" and "fuzziness" not in exact["multi_match"]
    (only,) = _boolean("ls1 4ap", fuzzy=True)["must"]
    assert "fuzziness" not in only["multi_match"]


def test_a_one_word_query_is_searched_again_with_that_word_a_few_edits_away():
    (match,) = _boolean("nurce", fuzzy=True)["must"]
    whole = [c["multi_match"] for c in match["bool"]["should"] if c["multi_match"]["type"] != "bool_prefix"]
    assert whole == [{"query": "nurce", "type": "most_fields", "fields": whole[0]["fields"], "operator": "and",
                      "fuzziness": "AUTO:4,8", "prefix_length": 1, "fuzzy_transpositions": False}]
    # The last of several words too ("senior nurce"), not only the words before it.
    (match,) = _boolean("senior nurce", fuzzy=True)["must"]
    assert any(c["multi_match"]["type"] == "most_fields" and c["multi_match"]["query"] == "senior nurce"
               and "fuzziness" in c["multi_match"] for c in match["bool"]["should"])


class _Recording:
    """Answers each search with the next of `totals` hits (0: none) and keeps the bodies."""

    def __init__(self, *totals: int) -> None:
        self.totals, self.bodies = list(totals), []

    async def search(self, index, body):
        self.bodies.append(body)
        n = self.totals.pop(0)
        hits = [{"_source": _source(i), "sort": [1.0, 1767225600000, f"j{i}"]} for i in range(min(n, body["size"]))]
        return {"hits": {"hits": hits, "total": {"value": n, "relation": "eq"}}}


def _source(i: int) -> dict:
    return {"id": f"j{i}", "organization_id": "o", "title": "Nurse", "description": "d", "status": "OPEN",
            "remote": "ONSITE", "employment_type": "FULL_TIME", "posted_at": "2026-01-01T00:00:00+00:00",
            "updated_at": "2026-01-01T00:00:00+00:00", "required_skills": [], "nice_to_have_skills": []}


async def test_a_query_with_exact_hits_is_searched_once_and_never_fuzzy():
    client = _Recording(3)
    found = await OpenSearchJobIndex(client, "jobs", 3).search("nurse", JobFilter(), PageRequest(first=5))
    assert found.total == 3 and len(client.bodies) == 1 and not _fuzzy_anywhere(client.bodies[0])


async def test_only_a_search_that_found_nothing_is_run_again_fuzzy():
    client = _Recording(0, 2)
    found = await OpenSearchJobIndex(client, "jobs", 3).search("nurce", JobFilter(), PageRequest(first=5))
    assert found.total == 2 and found.corrected_query is None
    assert [_fuzzy_anywhere(b) for b in client.bodies] == [False, True]


async def test_a_later_page_stays_in_the_list_its_first_page_was_of():
    after = PageRequest(first=5, after=(1.0, 1767225600000, "j9"), want_total=False)
    exact_list = _Recording(0, 4)  # nothing after the cursor, but the query as typed has hits
    await OpenSearchJobIndex(exact_list, "jobs", 3).search("nurse", JobFilter(), after)
    assert len(exact_list.bodies) == 2 and exact_list.bodies[1]["size"] == 0
    fuzzy_list = _Recording(0, 0, 1)
    found = await OpenSearchJobIndex(fuzzy_list, "jobs", 3).search("nurce", JobFilter(), after)
    assert _fuzzy_anywhere(fuzzy_list.bodies[2]) and fuzzy_list.bodies[2]["search_after"] == [1.0, 1767225600000, "j9"]
    assert len(found.items) == 1
