"""The jobs index: BM25 text fields for searchJobs, keyword/numeric fields for every
JobFilter field, and a knn_vector (HNSW) field for vector retrieval."""
from __future__ import annotations

from typing import Any

from domain.job_skills import skill_keys
from domain.jobs import Job

# Title weighs most, then skills, then the description (as in the embedded FTS5 ranking).
TEXT_FIELDS = ["title^10", "skills_text^4", "description"]


def index_body(dimension: int, *, shards: int = 1, replicas: int = 1) -> dict[str, Any]:
    return {
        "settings": {
            "index": {"knn": True, "number_of_shards": shards, "number_of_replicas": replicas},
            "analysis": {
                "analyzer": {"job_text": {"type": "custom", "tokenizer": "standard",
                                          "filter": ["lowercase", "asciifolding"]}},
                "normalizer": {"folded": {"type": "custom", "filter": ["lowercase", "asciifolding"]}},
            },
        },
        "mappings": {
            # Only mapped fields are indexed; the whole job stays in _source for the answer.
            "dynamic": False,
            "properties": {
                "id": {"type": "keyword"},
                "organization_id": {"type": "keyword"},
                "title": {"type": "text", "analyzer": "job_text"},
                "description": {"type": "text", "analyzer": "job_text"},
                "skills_text": {"type": "text", "analyzer": "job_text"},
                "required_skills_folded": {"type": "keyword", "normalizer": "folded"},
                "location_folded": {"type": "keyword", "normalizer": "folded"},
                "remote": {"type": "keyword"},
                "employment_type": {"type": "keyword"},
                "seniority": {"type": "keyword"},
                "status": {"type": "keyword"},
                "salary_floor": {"type": "long"},
                "posted_at": {"type": "date"},
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


def job_document(job: Job) -> dict[str, Any]:
    salary = job.salary
    floor = None
    if salary is not None:
        floor = salary.max if salary.max is not None else salary.min
    return {
        **job.model_dump(mode="json"),
        "skills_text": " ".join(job.required_skills + job.nice_to_have_skills),
        # The skills filter's index keys (domain.job_skills.skill_key); the field keeps its
        # name so documents indexed before keep matching on their lower-cased spellings.
        "required_skills_folded": skill_keys(job.required_skills),
        "location_folded": job.location,
        "salary_floor": floor,
    }


def job_from_source(source: dict[str, Any]) -> Job:
    return Job.model_validate({k: v for k, v in source.items() if k in Job.model_fields})
