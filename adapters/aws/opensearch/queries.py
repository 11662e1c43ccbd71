"""Query bodies for the jobs index: JobRepository.search semantics (every JobFilter field,
all query words required with the last one a prefix, best first, newest first without a
query, keyset paging with `search_after` on the sort values and the id as tiebreaker, a
total counted only when asked and only up to a bound) and filtered k-NN retrieval."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC
from typing import Any

from adapters.aws.opensearch.corrections import highlight
from adapters.aws.opensearch.mapping import TEXT_FIELDS
from domain.job_skill_keys import filter_spellings
from domain.jobs import JobFilter
from domain.location_store_hints import town_as_written, towns_opening
from domain.money import in_smallest_units
from domain.pagination import TOTAL_COUNT_BOUND, PageRequest
from domain.place_keys import wanted_keys
from domain.query_aliases import QueryAlias, with_aliases
from domain.search_text import searchable_text
from domain.spelling import ONE_EDIT_FROM, TWO_EDITS_FROM, edits_allowed

_WORD = re.compile(r"[\w+#.]+", re.UNICODE)
FUZZY: dict[str, Any] = {"fuzziness": f"AUTO:{ONE_EDIT_FROM},{TWO_EDITS_FROM}", "prefix_length": 1,
                         "fuzzy_transpositions": False}
EXACT_BOOST = 2.0
_MAX_WORDS = 32


def query_words(text: str | None) -> str | None:
    """Spelled as the index spells them ("c++" is "cplusplus", never the prefix "c*"): the
    analyzer's char filter maps the same names, and bool_prefix prefixes the spelled word."""
    words = [w.strip(".") for w in _WORD.findall(searchable_text(text or "")) if w.strip(".")]
    return " ".join(words[:_MAX_WORDS]) or None


def text_clauses(words: Sequence[str], aliases: Sequence[QueryAlias], fuzzy: bool = False) -> list[dict[str, Any]]:
    """Every word required, the last as a prefix; words an alias covers (domain.query_aliases)
    may be met by any of its names instead, each as a phrase. Expanded here, from the same
    aliases as the embedded index, rather than by a synonym filter in the index's analyzer:
    the taxonomy then changes without re-indexing, and both backends find the same jobs."""
    plain: list[str] = []
    clauses: list[dict[str, Any]] = []
    for item in with_aliases(words, aliases):
        if isinstance(item, str):
            plain.append(item)
            continue
        typed = _all_words(item.words, fuzzy=fuzzy)
        others = [{"multi_match": {"query": " ".join(alternative), "type": "phrase", "fields": TEXT_FIELDS}}
                  for alternative in item.alias.alternatives
                  if alternative != tuple(w.casefold() for w in item.words)]
        clauses.append({"bool": {"should": [typed, *others], "minimum_should_match": 1}})
    if plain:
        clauses.insert(0, _all_words(plain, fuzzy=fuzzy))
    return clauses


def _all_words(words: Sequence[str], *, fuzzy: bool = False) -> dict[str, Any]:
    """Every word required, the last a prefix. Fuzzy: a word may be met by one a few edits away
    (domain.spelling's bounds: from 4 letters one edit, from 8 two, the first letter as typed;
    Levenshtein's edits, as the embedded index counts them, so no transpositions), the last
    word too (_match); words with digits ("5G", a postcode) are
    never fuzzy, as on the embedded index, so they go in a clause of their own."""
    exact = [w for w in words if not edits_allowed(w)] if fuzzy else []
    loose = [w for w in words if w not in exact] if fuzzy else list(words)
    if not loose:
        return _match(words, fuzzy=False)
    if not exact:
        return _match(loose, fuzzy=fuzzy)
    return {"bool": {"must": [_match(loose, fuzzy=True), _match(exact, fuzzy=False)]}}


def _match(words: Sequence[str], *, fuzzy: bool) -> dict[str, Any]:
    match: dict[str, Any] = {"query": " ".join(words), "type": "bool_prefix", "fields": TEXT_FIELDS,
                             "operator": "and"}
    if not fuzzy:
        return {"multi_match": match}
    match.update(FUZZY)
    # bool_prefix makes its last word a prefix query, which takes no fuzziness: a misspelt last
    # word (a one-word query above all: "nurce") would never be met. So the words are also asked
    # whole, every one a few edits away, the last included; per field, as bool_prefix asks them.
    whole = {"query": " ".join(words), "type": "most_fields", "fields": TEXT_FIELDS, "operator": "and", **FUZZY}
    return {"bool": {"should": [{"multi_match": match}, {"multi_match": whole}], "minimum_should_match": 1}}


def exact_words(words: str) -> dict[str, Any]:
    """The words as typed, for a bonus: a job holding them ranks above one met only through a
    word a few edits away ("care" over "core" for "care")."""
    exact = _match(words.split(" "), fuzzy=False)
    exact["multi_match"]["boost"] = EXACT_BOOST
    return exact


def _wildcard_escape(text: str) -> str:
    return re.sub(r"([\\*?])", r"\\\1", text)


def filter_clauses(job_filter: JobFilter) -> list[dict[str, Any]]:
    clauses: list[dict[str, Any]] = []
    if job_filter.status is not None:
        clauses.append({"term": {"status": job_filter.status.value}})
    for field, values in (("remote", job_filter.remote), ("employment_type", job_filter.employment_types),
                          ("seniority", job_filter.seniority)):
        if values:
            clauses.append({"terms": {field: [v.value for v in values]}})
    if job_filter.location and job_filter.location.strip():
        # Substring, case- and accent-insensitive (the keyword's normalizer folds the value);
        # only the town is looked for: regions and countries are written in many ways (domain.locations).
        needle = _wildcard_escape(town_as_written(job_filter.location).lower())
        anywhere = {"wildcard": {"location_folded": {"value": f"*{needle}*", "case_insensitive": True}}}
        # Written without commas ("Springfield IL"): or the job's town is the reading's town.
        opening = [clause for town in towns_opening(job_filter.location) for clause in (
            {"wildcard": {"location_folded": {"value": f"{_wildcard_escape(town.lower())},*", "case_insensitive": True}}},
            {"term": {"location_folded": town.lower()}})]
        # Or the job's town is the town asked for under another of its names ("München" of "Munich").
        keys = wanted_keys(job_filter.location.strip())
        other_names = [{"terms": {"location_place_keys": list(keys)}}] if keys else []
        either: list[dict[str, Any]] = [anywhere, *opening, *other_names]
        place = {"bool": {"should": either, "minimum_should_match": 1}} if len(either) > 1 else anywhere
        held = query_words(job_filter.location_or_words) if job_filter.location_or_words else None
        words = text_clauses(held.split(" "), job_filter.location_or_words_aliases or ()) if held else []
        said = (words[0] if len(words) == 1 else {"bool": {"must": words}}) if words else None
        if job_filter.words_outside_location:
            # The jobs only naming the place (domain.place_first): its words, and not in it.
            clauses.append({"bool": {"filter": [said], "must_not": [place]}} if said else {"match_none": {}})
        elif said:  # or the job's text holds the place's words (domain.query_location)
            clauses.append({"bool": {"should": [*either, said], "minimum_should_match": 1}})
        else:
            clauses.append(place)
    yearly_min = job_filter.yearly_min_salary()
    if yearly_min is not None:
        clauses.append({"range": {"salary_yearly_top_exact": {"gte": in_smallest_units(yearly_min)}}})
    if job_filter.salary_currency:
        clauses.append({"term": {"salary_currency": job_filter.salary_currency}})
    if job_filter.organization_id:
        clauses.append({"term": {"organization_id": job_filter.organization_id}})
    for spellings in filter_spellings(job_filter):
        clauses.append({"terms": {"required_skills_folded": sorted(spellings)}})
    if job_filter.open_as_of is not None:
        # Not past its closing time, though the sweep may not have closed it yet: in the query
        # that ranks, pages and counts. A job without one (or a document written before the
        # field was mapped, document version 9) has no value, so the range cannot exclude it.
        moment = job_filter.open_as_of.astimezone(UTC).isoformat()
        clauses.append({"bool": {"must_not": [{"range": {"closes_at": {"lte": moment}}}]}})
    return clauses


def search_body(
    query: str | None, job_filter: JobFilter, page: PageRequest, fuzzy: bool = False,
) -> dict[str, Any] | None:
    """None when the query has no searchable word (nothing can match). One document more
    than the page is asked for: it only says whether there is a next page. `fuzzy`: the
    search again of a query whose words as typed found nothing (job_index.py), its words
    allowed a few edits, those as typed ranked first."""
    words = query_words(query) if query else None
    if query and words is None:
        return None
    boolean: dict[str, Any] = {"filter": filter_clauses(job_filter)}
    if words:
        boolean["must"] = text_clauses(words.split(" "), job_filter.query_aliases or (), fuzzy=fuzzy)
        if fuzzy:
            boolean["should"] = [exact_words(words)]
    # posted_at sorts as epoch milliseconds; the id is unique, so every position is exact.
    sort: list[Any] = [{"posted_at": "desc"}, {"id": "desc"}]
    after = page.after_as(float, int, str) if words else page.after_as(int, str)
    if words:
        sort.insert(0, "_score")
    body: dict[str, Any] = {
        "query": {"bool": boolean},
        "sort": sort,
        "size": page.first + 1,
        # Counting every hit is what makes deep totals costly: only when asked, and bounded.
        "track_total_hits": TOTAL_COUNT_BOUND if page.want_total else False,
    }
    if after is not None:
        body["search_after"] = list(after)
    if words and fuzzy:
        body["highlight"] = highlight()  # which words each hit was met by: the correction
    return body


def any_hit_body(body: dict[str, Any]) -> dict[str, Any]:
    """Whether `body`'s query finds anything at all, from its first page on: one hit counted."""
    return {"query": body["query"], "size": 0, "track_total_hits": 1}


def hit_position(hit: dict[str, Any]) -> tuple:
    return tuple(hit["sort"])


def knn_body(vector: Sequence[float], k: int, exclude: Iterable[str] = ()) -> dict[str, Any]:
    knn: dict[str, Any] = {"vector": list(vector), "k": k}
    excluded = list(exclude)
    if excluded:
        # Lucene's efficient filtering: the exclusion applies during the graph search,
        # so k results still come back when many neighbours are excluded.
        knn["filter"] = {"bool": {"must_not": [{"ids": {"values": excluded}}]}}
    return {"size": k, "_source": False, "query": {"knn": {"embedding": knn}}}


def cosine_from_score(score: float) -> float:
    """The lucene engine scores cosinesimil as (1 + cos) / 2."""
    return 2.0 * score - 1.0
