"""A parsed resume's vector is made from its start (domain.matching.texts.resume_embedding_text),
one short model window, not from the whole text: through the product's own pipeline, on real
SQLite and the real model."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from domain.matching.texts import resume_embedding_text, resume_text
from domain.services.accounts import ClientInfo, Registration
from domain.users import Role
from gateway.bootstrap import open_services
from gateway.config import Settings
from tests.fixtures.documents import RESUME_TEXT

# A resume far longer than what its vector is made from: the same roles told again and again.
LONG_RESUME = RESUME_TEXT + "\n".join(
    f"Project {n}: migrated a billing ledger to event sourcing and trained the night shift." for n in range(60))


async def test_the_stored_vector_is_the_embedding_of_the_resume_start(tmp_path: Path):
    settings = Settings(data_dir=tmp_path, require_verified_email=False, rate_limits="off", jwt_secret="start" * 13)
    async with open_services(settings) as services:
        user = (await services.accounts.register(Registration(
            email="long@start.example", password="a long enough password", name="Long", role=Role.CANDIDATE),
            ClientInfo())).user
        resume = await services.resumes.upload(user, "cv.txt", LONG_RESUME.encode())
        await services.resume_processor.process(resume.id)

        (stored,) = await services.adapters.matching.embeddings.get_many("resume", [resume.id])
        embedder = services.adapters.matching.embedder
        start, whole = await embedder.embed([resume_embedding_text(LONG_RESUME), resume_text(LONG_RESUME)])
        assert np.dot(stored, start) > 0.999
        assert np.dot(stored, whole) < 0.99  # the whole text would have made another vector
