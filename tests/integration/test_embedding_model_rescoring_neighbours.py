"""A model change that moves which résumés a job finds nearest: once the workers have drained
the re-embedding, the job's stored matches are those its matching computes from the new
vectors. Real SQLite, the real queue and workers; two fake model identities with hand-set
vectors (the bundled model's number formats rank these texts alike), put where the backend
makes its model."""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest

from domain.services.accounts import ClientInfo, Registration
from domain.users import Role
from gateway.backends import embedded_matching
from gateway.bootstrap import open_services
from gateway.config import Settings
from tests.fixtures.documents import RESUME_TEXT
from tests.integration.durable_queue_drain import drain, pending_kinds

# Résumé 1 is (0, 1, 0), résumé 2 (1, 0, 0), job 1 (1, 0, 0) under both models. Job 2 moves:
# nearest résumé 1 under model A, nearest résumé 2 under model B; résumé 2's nearest job stays job 1.
_VECTORS = {
    "A": {"Alpha Person": (0.0, 1.0, 0.0), "Beta Person": (1.0, 0.0, 0.0),
          "Role One": (1.0, 0.0, 0.0), "Role Two": (0.6, 0.8, 0.0)},
    "B": {"Alpha Person": (0.0, 1.0, 0.0), "Beta Person": (1.0, 0.0, 0.0),
          "Role One": (1.0, 0.0, 0.0), "Role Two": (0.8, 0.6, 0.0)},
}


class _HandSetModel:
    dimension = 3

    def __init__(self, identity: str) -> None:
        self.model_id, self._vectors = f"hand-set:{identity}", _VECTORS[identity]

    async def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return [next((list(v) for key, v in self._vectors.items() if key in text), [0.0, 0.0, 1.0]) for text in texts]


def _settings(tmp_path: Path, queue_workers: int = 2, match_workers: int = 2) -> Settings:
    # Top 1 by vector on both sides, no floor: which pairs are stored is the retrieval's alone.
    return Settings(data_dir=tmp_path, require_verified_email=False, rate_limits="off",
                    jwt_secret="neighbours-moved" * 4, match_top_k=1, match_min_score=0.0,
                    queue_workers=queue_workers, match_workers=match_workers)


def _pairs(tmp_path: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(tmp_path / "talentgraph.sqlite3") as conn:
        return set(conn.execute("SELECT job_id, resume_id FROM matches"))


async def test_a_job_whose_nearest_resume_moved_is_matched_with_it_after_the_model_change(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    model = {"identity": "A"}
    monkeypatch.setattr(embedded_matching, "local_embedder", lambda *a, **k: _HandSetModel(model["identity"]))
    async with open_services(_settings(tmp_path)) as services:
        register = services.accounts.register
        employer = (await register(Registration(email="e@moved.example", password="a long enough password",
                                                name="E", role=Role.EMPLOYER, organization_name="Acme"),
                                   ClientInfo())).user
        resumes = []
        for name in ("Alpha Person", "Beta Person"):
            user = (await register(Registration(email=f"{name.split()[0]}@moved.example", password="a long enough password",
                                                name=name, role=Role.CANDIDATE), ClientInfo())).user
            resume = await services.resumes.upload(user, "cv.txt", RESUME_TEXT.replace("Jordan Quill", name).encode())
            await services.resume_processor.process(resume.id)
            resumes.append(resume.id)
        jobs = [(await services.jobs.post(employer, {"title": title, "required_skills": ["Python"],
                                                     "description": "Python services."})).id
                for title in ("Role One", "Role Two")]
        await drain(services, tmp_path)
    assert _pairs(tmp_path) == {(jobs[0], resumes[1]), (jobs[1], resumes[0])}

    model["identity"] = "B"
    # The dedicated job matchers drain their backlog before any résumé is embedded again.
    async with open_services(_settings(tmp_path, queue_workers=0, match_workers=1)) as services:
        assert sorted(set(pending_kinds(tmp_path))) == ["match.job", "match.rescore_after_reembedding", "resume.reembed"]
        await drain(services, tmp_path, {"match.job"})
    async with open_services(_settings(tmp_path)) as services:
        await drain(services, tmp_path)
    # Job 2's nearest résumé under model B is résumé 2: its matching stores that pair.
    assert (jobs[1], resumes[1]) in _pairs(tmp_path)
