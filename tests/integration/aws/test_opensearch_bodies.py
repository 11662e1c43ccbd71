"""The jobs index mapping and the query bodies sent to OpenSearch (no server needed)."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from adapters.aws.opensearch.mapping import TEXT_FIELDS, index_body, job_document, job_from_source
from adapters.aws.opensearch.queries import cosine_from_score, knn_body, search_body
from domain.errors import BadUserInput
from domain.jobs import EmploymentType, Job, JobFilter, JobStatus, RemotePolicy, SalaryRange, Seniority
from domain.pagination import PageRequest


def _job(**fields) -> Job:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    base = dict(id="j1", organization_id="o1", title="Backend Engineer", description="APIs", posted_at=now,
                updated_at=now, required_skills=["Python"], nice_to_have_skills=["Go"])
    return Job(**{**base, **fields})


def test_the_index_has_bm25_text_fields_and_an_hnsw_cosine_vector_field():
    body = index_body(384)
    props = body["mappings"]["properties"]
    assert body["settings"]["index"]["knn"] is True
    assert {props[f]["type"] for f in ("title", "description", "skills_text")} == {"text"}
    vector = props["embedding"]
    assert (vector["type"], vector["dimension"]) == ("knn_vector", 384)
    assert (vector["method"]["name"], vector["method"]["space_type"]) == ("hnsw", "cosinesimil")
    for field in ("status", "remote", "employment_type", "seniority", "organization_id", "salary_floor", "salary_yearly_top",
                  "required_skills_folded", "location_folded", "location_place_keys", "posted_at"):
        assert field in props


def test_a_job_document_round_trips_and_carries_the_derived_filter_fields():
    job = _job(salary=SalaryRange(min=90_000, max=None), location="Berlin")
    document = job_document(job)
    assert document["salary_floor"] == 90_000
    assert document["salary_yearly_top"] == 90_000
    assert document["skills_text"] == "Python Go"
    assert job_from_source(document) == job


def test_a_query_needs_every_word_with_the_last_as_a_prefix_weighing_the_title_most():
    body = search_body("python engi", JobFilter(), PageRequest(first=5))
    (match,) = body["query"]["bool"]["must"]
    assert match["multi_match"]["type"] == "bool_prefix"
    assert match["multi_match"]["operator"] == "and"
    assert match["multi_match"]["fields"][0] == "title^10"
    assert body["sort"][0] == "_score"


def test_pages_continue_with_search_after_on_score_date_and_id_never_an_offset():
    position = (3.25, 1767225600000, "job-9")
    body = search_body("python", JobFilter(), PageRequest(first=5, after=position, want_total=False))
    assert body["sort"] == ["_score", {"posted_at": "desc"}, {"id": "desc"}]
    assert body["search_after"] == [3.25, 1767225600000, "job-9"]
    # One more than the page, to tell whether a next page exists; no offset at all.
    assert (body["size"], "from" in body) == (6, False)
    listing = search_body(None, JobFilter(), PageRequest(first=5, after=(1767225600000, "job-9")))
    assert listing["search_after"] == [1767225600000, "job-9"]


def test_hits_are_counted_only_when_the_total_is_asked_for_and_then_up_to_a_bound():
    assert search_body("python", JobFilter(), PageRequest(want_total=False))["track_total_hits"] is False
    assert search_body("python", JobFilter(), PageRequest(want_total=True))["track_total_hits"] == 10_000


def test_a_position_from_the_other_sort_is_refused_as_the_callers_mistake():
    with pytest.raises(BadUserInput, match="another list or sort order"):
        search_body("python", JobFilter(), PageRequest(after=(1767225600000, "job-9")))
    with pytest.raises(BadUserInput, match="another list or sort order"):
        search_body(None, JobFilter(), PageRequest(after=("not a date", "job-9")))


def test_without_a_query_the_newest_come_first_and_only_open_jobs_by_default():
    body = search_body(None, JobFilter(), PageRequest())
    assert "must" not in body["query"]["bool"]
    assert body["sort"] == [{"posted_at": "desc"}, {"id": "desc"}]
    assert body["query"]["bool"]["filter"] == [{"term": {"status": "OPEN"}}]


def test_every_job_filter_field_becomes_a_filter_clause():
    job_filter = JobFilter(
        remote=[RemotePolicy.REMOTE], employment_types=[EmploymentType.CONTRACT], seniority=[Seniority.SENIOR],
        location="Ber*lin", skills=["Python", "postgresql"], min_salary=80_000, organization_id="o9",
        status=JobStatus.CLOSED)
    clauses = search_body(None, job_filter, PageRequest())["query"]["bool"]["filter"]
    assert {"term": {"status": "CLOSED"}} in clauses
    assert {"terms": {"remote": ["REMOTE"]}} in clauses
    assert {"terms": {"employment_type": ["CONTRACT"]}} in clauses
    assert {"terms": {"seniority": ["SENIOR"]}} in clauses
    assert {"wildcard": {"location_folded": {"value": "*ber\\*lin*", "case_insensitive": True}}} in clauses
    assert {"range": {"salary_yearly_top_exact": {"gte": 80_000 * 10_000}}} in clauses
    assert {"term": {"organization_id": "o9"}} in clauses
    assert {"terms": {"required_skills_folded": ["python"]}} in clauses
    assert {"terms": {"required_skills_folded": ["postgresql"]}} in clauses


def test_a_job_past_its_closing_time_is_left_out_in_the_query_that_pages_and_counts():
    now = datetime(2026, 12, 7, 13, 15, 31, tzinfo=UTC)
    clauses = search_body("accounts", JobFilter(open_as_of=now), PageRequest())["query"]["bool"]["filter"]
    assert {"bool": {"must_not": [{"range": {"closes_at": {"lte": "2026-12-07T13:15:31+00:00"}}}]}} in clauses
    assert index_body(8)["mappings"]["properties"]["closes_at"] == {"type": "date"}


def test_each_skill_asked_for_is_one_clause_matching_any_of_its_spellings():
    job_filter = JobFilter(skills=["BLS", "Node.js"], skill_spellings=[
        frozenset({"bls", "basic life support bls"}), frozenset({"node js"})])
    clauses = search_body(None, job_filter, PageRequest())["query"]["bool"]["filter"]
    assert {"terms": {"required_skills_folded": ["basic life support bls", "bls"]}} in clauses
    assert {"terms": {"required_skills_folded": ["node js"]}} in clauses


def test_a_job_document_indexes_its_required_skills_by_their_keys():
    document = job_document(_job(required_skills=["Node.js", "BLS", "bls"]))
    assert document["required_skills_folded"] == ["bls", "node js"]


def test_a_query_of_only_punctuation_matches_nothing_without_asking_the_server():
    assert search_body("!!! ???", JobFilter(), PageRequest()) is None


def test_vector_retrieval_excludes_ids_inside_the_graph_search_and_maps_scores_back_to_cosine():
    body = knn_body([0.1, 0.2], 7, exclude=["j1"])
    knn = body["query"]["knn"]["embedding"]
    assert (knn["k"], body["size"]) == (7, 7)
    assert knn["filter"] == {"bool": {"must_not": [{"ids": {"values": ["j1"]}}]}}
    assert cosine_from_score(1.0) == 1.0 and cosine_from_score(0.5) == 0.0


def test_the_location_clause_leaves_out_a_trailing_country_however_written():
    clauses = search_body(None, JobFilter(location="BELFAST, U.K."), PageRequest())["query"]["bool"]["filter"]
    place = next(c for c in clauses if "bool" in c)["bool"]
    assert {"wildcard": {"location_folded": {"value": "*belfast*", "case_insensitive": True}}} in place["should"]


def test_a_place_written_without_commas_also_finds_jobs_whose_town_is_the_readings():
    clauses = search_body(None, JobFilter(location="São Paulo SP"), PageRequest())["query"]["bool"]["filter"]
    place = next(c for c in clauses if "bool" in c)["bool"]
    assert place["minimum_should_match"] == 1
    assert place["should"] == [
        {"wildcard": {"location_folded": {"value": "*são paulo sp*", "case_insensitive": True}}},
        {"wildcard": {"location_folded": {"value": "são paulo,*", "case_insensitive": True}}},
        {"term": {"location_folded": "são paulo"}},
        {"terms": {"location_place_keys": ["3448439", "any:3448439"]}}]  # São Paulo, Brazil


# GeoNames ids: Munich 2867714, Vienna (Austria) 2761369.
MUNICH, VIENNA = "2867714", "2761369"


def _place_clause(location: str) -> dict:
    (clause,) = search_body(None, JobFilter(location=location), PageRequest())["query"]["bool"]["filter"][1:]
    return clause


def test_a_town_asked_for_is_also_asked_under_its_other_names_by_its_keys():
    assert _place_clause("Munich") == {"bool": {"should": [
        {"wildcard": {"location_folded": {"value": "*munich*", "case_insensitive": True}}},
        {"terms": {"location_place_keys": [MUNICH, f"any:{MUNICH}"]}}], "minimum_should_match": 1}}
    # A country named asks for its town only, in that country or in a location naming none.
    assert _place_clause("Wien, Österreich")["bool"]["should"][1] == {
        "terms": {"location_place_keys": [VIENNA, f"in:{VIENNA}"]}}


def test_a_job_document_carries_the_keys_of_its_town_under_any_name():
    keys = {spelled: job_document(_job(location=spelled))["location_place_keys"]
            for spelled in ("München, Germany", "Мюнхен", "Vienna, VA, USA", None)}
    # A location naming its country carries the country's key too, for a country asked alone.
    assert keys == {"München, Germany": [MUNICH, "country:DE"], "Мюнхен": [f"any:{MUNICH}", f"in:{MUNICH}", "country:DE"],
                    "Vienna, VA, USA": ["country:US"], None: []}


@pytest.mark.parametrize("job, wanted, found", [
    ("München, Germany", "Munich", True), ("Munich, Germany", "München", True), ("Мюнхен", "Muenchen", True),
    ("Wien, Österreich", "Vienna", True), ("Vienna, VA, USA", "Wien", False), ("Hamburg, Germany", "Munich", False),
])
def test_the_keys_a_document_is_written_with_meet_those_a_search_asks_for(job, wanted, found):
    (asked,) = [c["terms"]["location_place_keys"] for c in _place_clause(wanted)["bool"]["should"] if "terms" in c]
    assert bool(set(asked) & set(job_document(_job(location=job))["location_place_keys"])) is found


def test_a_query_for_c_plus_plus_is_not_read_as_every_word_starting_with_c():
    body = search_body("senior c++", JobFilter(), PageRequest(first=5))
    (match,) = body["query"]["bool"]["must"]
    # As the embedded index spells it (domain.search_text): one word, never "c" or "c*".
    assert match["multi_match"]["query"].split()[-1] == "cplusplus"
    # (The analyzer lower-cases; the derived field keeps the case it was written in.)
    assert "cplusplus" in job_document(_job(required_skills=["C++"]))["skills_text"].lower().split()
    # C#, F#, .NET likewise; a word is still a prefix only as the last one.
    assert search_body("C# F# .NET", JobFilter(), PageRequest())["query"]["bool"]["must"][0][
        "multi_match"]["query"] == "Csharp Fsharp dotNET"


def test_the_text_fields_map_punctuated_skill_names_to_words_at_index_and_search_time():
    body = index_body(384)
    analysis = body["settings"]["analysis"]
    props = body["mappings"]["properties"]
    for field in ("title", "description", "skills_text"):
        # No search_analyzer of its own: queries are read by the same analyzer as documents.
        assert props[field]["analyzer"] == "job_text" and "search_analyzer" not in props[field]
    analyzer = analysis["analyzer"]["job_text"]
    assert analyzer["tokenizer"] == "standard" and analyzer["char_filter"] == ["skill_names"]
    rules = analysis["char_filter"]["skill_names"]
    assert rules["type"] == "mapping"
    for rule in ("++ => plusplus", "c# => csharp", "C# => Csharp", "F# => Fsharp", ".NET => \\u0020dotnet"):
        assert rule in rules["mappings"]


def test_a_job_read_back_keeps_its_punctuated_skill_names_as_written():
    job = _job(title="C++ Engineer", description="C#, F# and .NET", required_skills=["C++"])
    document = job_document(job)
    assert (document["title"], document["description"]) == ("C++ Engineer", "C#, F# and .NET")
    assert job_from_source(document) == job


def test_a_place_read_from_a_town_s_bare_name_is_also_met_by_the_words_in_the_ad():
    # The service fills location_or_words (domain.query_location); the text query has the other words.
    body = search_body("cook", JobFilter(location="Lancaster", location_or_words="Lancaster"), PageRequest())
    (place,) = body["query"]["bool"]["filter"][1:]
    assert place["bool"]["minimum_should_match"] == 1
    assert {"multi_match": {"query": "Lancaster", "type": "bool_prefix", "fields": TEXT_FIELDS,
                            "operator": "and"}} in place["bool"]["should"]
    assert {"wildcard": {"location_folded": {"value": "*lancaster*", "case_insensitive": True}}} \
        in place["bool"]["should"]
    plain = search_body("cook", JobFilter(location="Lancaster"), PageRequest())["query"]["bool"]["filter"][1]
    assert all("multi_match" not in clause for clause in plain["bool"]["should"])
