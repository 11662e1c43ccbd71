"""A start with another embedding model (here the other number format of the bundled one)
re-embeds every stored résumé and job through the durable queue, and never leaves a vector of
the old model where one of the new could be compared with it: real SQLite, the real model."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from adapters.embedded.embedder import SentenceTransformerEmbedder
from adapters.embedded.local_embedder import local_embedder
from domain.matching.texts import job_embedding_text, resume_embedding_text
from domain.pagination import PageRequest
from domain.services.accounts import ClientInfo, Registration
from domain.users import Role
from gateway.bootstrap import open_services
from gateway.config import Settings
from tests.fixtures.documents import RESUME_TEXT
from tests.integration.durable_queue_drain import drain

JOB = {"title": "Senior Python Engineer", "required_skills": ["Python", "PostgreSQL"],
       "description": "We build payment services in Python with PostgreSQL and Kubernetes."}


def _settings(tmp_path: Path, precision: str) -> Settings:
    return Settings(data_dir=tmp_path, require_verified_email=False, rate_limits="off",
                    jwt_secret="model-change" * 6, embedding_precision=precision)


def _pending(tmp_path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(tmp_path / "talentgraph.sqlite3") as conn:
        return conn.execute("SELECT kind, state FROM work_items WHERE state IN ('ready', 'leased')"
                            " ORDER BY kind").fetchall()


def _recorded_model(tmp_path: Path) -> str:
    with sqlite3.connect(tmp_path / "talentgraph.sqlite3") as conn:
        return conn.execute("SELECT model FROM embedding_model").fetchone()[0]


async def _platform_made_with_float32(tmp_path: Path) -> tuple[str, str, str]:
    """(résumé id, job id, candidate id), matched to each other with float32 vectors."""
    async with open_services(_settings(tmp_path, "fp32")) as services:
        register = services.accounts.register
        candidate = (await register(Registration(email="c@model.example", password="a long enough password",
                                                 name="C", role=Role.CANDIDATE), ClientInfo())).user
        employer = (await register(Registration(email="e@model.example", password="a long enough password",
                                                name="E", role=Role.EMPLOYER, organization_name="Acme"),
                                   ClientInfo())).user
        resume = await services.resumes.upload(candidate, "cv.txt", RESUME_TEXT.encode())
        await services.resume_processor.process(resume.id)
        job = await services.jobs.post(employer, JOB)
        await drain(services, tmp_path)
        return resume.id, job.id, candidate.id


async def _matched_jobs(services, candidate_id: str) -> list[str]:
    (page,) = await services.repositories.matches.by_candidates([candidate_id], None, PageRequest(first=10))
    return [m.job_id for m in page.items]


@pytest.mark.parametrize("other", ["bf16", "onnx-int8"])
async def test_another_model_at_start_drops_the_old_vectors_and_the_workers_embed_everything_again(
        tmp_path: Path, other: str):
    resume_id, job_id, candidate_id = await _platform_made_with_float32(tmp_path)
    fp32 = SentenceTransformerEmbedder(precision="fp32")
    renewed = local_embedder(other, cache_dir=_settings(tmp_path, other).model_cache_dir)  # type: ignore[arg-type]
    texts = [resume_embedding_text(RESUME_TEXT), job_embedding_text(JOB["title"], JOB["description"],
                                                                     JOB["required_skills"])]
    old, new = np.asarray(await fp32.embed(texts)), np.asarray(await renewed.embed(texts))

    async with open_services(_settings(tmp_path, other)) as services:
        matching = services.adapters.matching
        assert _recorded_model(tmp_path) == renewed.model_id
        # Nothing of the float32 model is left to be compared with a bfloat16 vector: not in
        # the store, not in either index (rebuilt from the store), before any worker ran.
        assert await matching.embeddings.get_many("resume", [resume_id]) == [None]
        assert await matching.embeddings.get_many("job", [job_id]) == [None]
        assert await matching.job_index.count() == 0 and await matching.resume_index.count() == 0
        assert _pending(tmp_path) == [("match.job", "ready"), ("match.rescore_after_reembedding", "ready"),
                                      ("resume.reembed", "ready")]

        await drain(services, tmp_path)
        assert await services.queue.dead_letters() == []
        stored = np.asarray([*(await matching.embeddings.get_many("resume", [resume_id])),
                             *(await matching.embeddings.get_many("job", [job_id]))])
        # Each stored vector is the new model's, nearer to it than to the old model's.
        assert np.all(np.sum(stored * new, axis=1) > 0.9999)
        assert np.all(np.linalg.norm(stored - new, axis=1) < np.linalg.norm(stored - old, axis=1))
        assert await matching.job_index.count() == 1 and await matching.resume_index.count() == 1
        assert await _matched_jobs(services, candidate_id) == [job_id]


async def test_a_start_with_the_same_model_keeps_every_vector_and_queues_nothing(tmp_path: Path):
    resume_id, job_id, _ = await _platform_made_with_float32(tmp_path)
    async with open_services(_settings(tmp_path, "fp32")) as services:
        embeddings = services.adapters.matching.embeddings
        assert None not in await embeddings.get_many("resume", [resume_id])
        assert None not in await embeddings.get_many("job", [job_id])
        assert _pending(tmp_path) == []
