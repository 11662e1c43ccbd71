"""A parsed resume's vector is made from its start (domain.matching.texts.resume_embedding_text),
one short model window, not from the whole text: through the product's own pipeline, on real
SQLite and the real model; and a vector an older version made from the whole text is made
again by the queue's workers from the work the upgrade queues."""
from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np

from domain.matching.texts import resume_embedding_text, resume_text
from domain.services.accounts import ClientInfo, Registration
from domain.services.resume_reembedding import REEMBED_RESUME
from domain.users import Role
from gateway.bootstrap import open_services
from gateway.config import Settings
from tests.fixtures.documents import RESUME_TEXT

# A resume far longer than what its vector is made from: the same roles told again and again.
LONG_RESUME = RESUME_TEXT + "\n".join(
    f"Project {n}: migrated a billing ledger to event sourcing and trained the night shift." for n in range(60))


def _settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, require_verified_email=False, rate_limits="off", jwt_secret="start" * 13)


async def _parsed_long_resume(services):
    user = (await services.accounts.register(Registration(
        email="long@start.example", password="a long enough password", name="Long", role=Role.CANDIDATE),
        ClientInfo())).user
    resume = await services.resumes.upload(user, "cv.txt", LONG_RESUME.encode())
    await services.resume_processor.process(resume.id)
    return resume


async def test_the_stored_vector_is_the_embedding_of_the_resume_start(tmp_path: Path):
    async with open_services(_settings(tmp_path)) as services:
        resume = await _parsed_long_resume(services)

        (stored,) = await services.adapters.matching.embeddings.get_many("resume", [resume.id])
        embedder = services.adapters.matching.embedder
        start, whole = await embedder.embed([resume_embedding_text(LONG_RESUME), resume_text(LONG_RESUME)])
        assert np.dot(stored, start) > 0.999
        assert np.dot(stored, whole) < 0.99  # the whole text would have made another vector


async def test_a_vector_made_from_the_whole_text_is_made_again_by_the_workers(tmp_path: Path):
    async with open_services(_settings(tmp_path)) as services:
        resume = await _parsed_long_resume(services)
        embeddings, embedder = services.adapters.matching.embeddings, services.adapters.matching.embedder
        start, whole = await embedder.embed([resume_embedding_text(LONG_RESUME), resume_text(LONG_RESUME)])
        await embeddings.put("resume", resume.id, whole)  # as the version before stored it
        await services.queue.enqueue(REEMBED_RESUME, {"resume_id": resume.id}, dedupe_key=f"{REEMBED_RESUME}:{resume.id}")
        pool = services.worker_pool()
        pool.start()
        try:
            async with asyncio.timeout(60):
                # The workers announce no vector: the store is read until it holds the new one.
                while np.dot((await embeddings.get_many("resume", [resume.id]))[0], start) < 0.999:  # noqa: ASYNC110
                    await asyncio.sleep(0.05)
        finally:
            await pool.stop()
        assert await services.queue.dead_letters() == []
        (resume_now,) = await services.repositories.resumes.get_many([resume.id])
        assert resume_now is not None and resume_now.status.value == "PARSED"
