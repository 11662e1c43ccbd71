"""The jobs index: BM25 text fields for searchJobs, keyword/numeric fields for every
JobFilter field, and a knn_vector (HNSW) field for vector retrieval."""
from __future__ import annotations

import copy
from typing import Any

from domain.job_skill_keys import skill_keys
from domain.jobs import Job
from domain.money import in_smallest_units, whole_above, whole_below
from domain.place_keys import location_keys
from domain.search_text import LITERAL_SPELLINGS, searchable_text

# Title weighs most, then skills, then the description (as in the embedded FTS5 ranking).
TEXT_FIELDS = ["title^10", "skills_text^4", "description"]


def _mapping_rule(written: str, spelled: str) -> str:
    # The rule's sides are trimmed: a leading space is written as an escape.
    return written + " => " + spelled.replace(" ", "\\u0020")


# The standard tokenizer reads "C++" as "c" and ".NET" as "net": the text fields map the
# punctuated skill names to words first (domain.search_text.LITERAL_SPELLINGS), at index
# and at search time, so the stored _source keeps "C++" while the index holds "cplusplus".
# A change here needs a new index (analyzers of existing fields cannot change): docs/search.md.
SKILL_NAMES_CHAR_FILTER = {"type": "mapping", "mappings": [_mapping_rule(*pair) for pair in LITERAL_SPELLINGS]}
JOB_TEXT_ANALYZER = {"type": "custom", "char_filter": ["skill_names"], "tokenizer": "standard",
                     "filter": ["lowercase", "asciifolding"]}


# Bumped whenever job_document() writes a field it did not write before (or spells one
# otherwise): an index whose documents were written at an older version is brought up to date
# by `talentgraph provision` (document_upgrade.py). 2: salary_currency, salary_yearly_top.
# 3: location_place_keys. 4: a country's key among them (domain/place_keys.py). 5: skill keys
# of the names inside a graded or noted entry (domain/skill_name_parts.py). 6: place keys of a
# country named with its umlauts written out ("Wien, Oesterreich" as Austria's). 7:
# salary_yearly_top_exact (salaries to the penny). 8: skill keys of words in any script,
# accents folded (domain.skills.tokens). 9: closes_at mapped as a date (searchJobs leaves out a
# job past it before the sweep closes it). 10: a city named alone ("Porto") keyed with its
# country (domain.locations.countries_it_lies_in).
DOCUMENT_VERSION = 10


def text_analysis_is_current(index_settings: dict[str, Any]) -> bool:
    """Whether an existing index (its GET _settings "settings") reads text as index_body does."""
    analysis = index_settings.get("index", {}).get("analysis", {})
    rules = analysis.get("char_filter", {}).get("skill_names", {}).get("mappings")
    return rules == SKILL_NAMES_CHAR_FILTER["mappings"]


def index_body(dimension: int, *, shards: int = 1, replicas: int = 1) -> dict[str, Any]:
    return {
        "settings": {
            "index": {"knn": True, "number_of_shards": shards, "number_of_replicas": replicas},
            "analysis": {
                # Copies: a caller may change the body it is given, never these constants.
                "char_filter": {"skill_names": copy.deepcopy(SKILL_NAMES_CHAR_FILTER)},
                "analyzer": {"job_text": copy.deepcopy(JOB_TEXT_ANALYZER)},
                "normalizer": {"folded": {"type": "custom", "filter": ["lowercase", "asciifolding"]}},
            },
        },
        "mappings": {
            # Only mapped fields are indexed; the whole job stays in _source for the answer.
            "dynamic": False,
            "_meta": {"document_version": DOCUMENT_VERSION},
            "properties": {
                "id": {"type": "keyword"},
                "organization_id": {"type": "keyword"},
                "title": {"type": "text", "analyzer": "job_text"},
                "description": {"type": "text", "analyzer": "job_text"},
                "skills_text": {"type": "text", "analyzer": "job_text"},
                "required_skills_folded": {"type": "keyword", "normalizer": "folded"},
                "location_folded": {"type": "keyword", "normalizer": "folded"},
                # The town the location is in, under any of its names (domain.place_keys).
                "location_place_keys": {"type": "keyword"},
                "remote": {"type": "keyword"},
                "employment_type": {"type": "keyword"},
                "seniority": {"type": "keyword"},
                "status": {"type": "keyword"},
                "salary_floor": {"type": "long"},
                # What the job can pay in a year: the field the salary filter reads.
                "salary_yearly_top": {"type": "long"},
                # The same exactly, in 1/10,000 units (domain.money.in_smallest_units): 12.60 an hour
                # is 26208.00 a year, which a long of whole units (or a float) would not hold.
                "salary_yearly_top_exact": {"type": "long"},
                "salary_currency": {"type": "keyword"},
                "posted_at": {"type": "date"},
                "closes_at": {"type": "date"},
                "embedding": {
                    "type": "knn_vector",
                    "dimension": dimension,
                    "method": {
                        "name": "hnsw", "engine": "lucene", "space_type": "cosinesimil",
                        "parameters": {"m": 16, "ef_construction": 128},
                    },
                },
            },
        },
    }


def missing_properties(mappings: dict[str, Any], dimension: int) -> dict[str, Any]:
    """The fields index_body maps that an existing index (its GET _mapping "mappings") lacks."""
    have = mappings.get("properties", {})
    wanted = index_body(dimension)["mappings"]["properties"]
    return {name: spec for name, spec in wanted.items() if name not in have}


def job_document(job: Job) -> dict[str, Any]:
    salary = job.salary
    floor = top = None
    if salary is not None:
        floor = whole_above(salary.max) if salary.max is not None else whole_below(salary.min)
        top = salary.yearly_top()
    return {
        **job.model_dump(mode="json"),
        # Derived, so spelled here as the embedded index spells it (the analyzer's char filter
        # would map the literal names too; this also covers what only the rules catch, as "VB#").
        "skills_text": searchable_text(" ".join(job.required_skills + job.nice_to_have_skills)),
        # The skills filter's index keys (domain.job_skills.skill_key); the field keeps its
        # name so documents indexed before keep matching on their lower-cased spellings.
        "required_skills_folded": skill_keys(job.required_skills),
        "location_folded": job.location,
        "location_place_keys": list(location_keys(job.location)),
        "salary_floor": floor,
        "salary_yearly_top": whole_above(top),
        "salary_yearly_top_exact": None if top is None else in_smallest_units(top),
        "salary_currency": salary.currency if salary is not None else None,
    }


def job_from_source(source: dict[str, Any]) -> Job:
    return Job.model_validate({k: v for k, v in source.items() if k in Job.model_fields})
