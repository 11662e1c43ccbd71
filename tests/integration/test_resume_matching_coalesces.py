"""Résumés parsed while their candidate's recomputation waits in the queue share it: every
recomputation reads all of the candidate's résumés, so one waiting recomputation per candidate
covers every résumé parsed before it starts (one parsed while it runs queues the next). And
what the coalesced work stores is what a full recomputation from the final set stores.

Real SQLite and the product's own services; the queue's workers are not started until the
work has been counted."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from domain.pagination import PageRequest
from domain.services.accounts import ClientInfo, Registration
from domain.users import Role
from gateway.bootstrap import open_services
from gateway.config import Settings
from tests.fixtures.documents import RESUME_TEXT

_MATCHING_KINDS = ("match.resume", "match.candidate")


def _waiting_matching_work(data_dir: Path) -> list[str]:
    with sqlite3.connect(data_dir / "talentgraph.sqlite3") as conn:
        return [payload for (payload,) in conn.execute(
            f"SELECT payload FROM work_items WHERE state = 'ready' AND kind IN ({','.join('?' * len(_MATCHING_KINDS))})",
            _MATCHING_KINDS)]


def _settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, require_verified_email=False, rate_limits="off",
                    jwt_secret="coalesce" * 8, max_resumes_per_candidate=10)


async def _register(services, email: str, role: Role, organization: str | None = None):
    return (await services.accounts.register(Registration(
        email=email, password="a long enough password", name=email.split("@")[0], role=role,
        organization_name=organization), ClientInfo())).user


async def test_resumes_parsed_while_their_candidate_waits_are_matched_by_one_recomputation(tmp_path: Path):
    async with open_services(_settings(tmp_path)) as services:
        first = await _register(services, "first@coalesce.example", Role.CANDIDATE)
        second = await _register(services, "second@coalesce.example", Role.CANDIDATE)
        uploads = [await services.resumes.upload(first, f"cv{n}.txt", f"{RESUME_TEXT}\nVersion {n}".encode())
                   for n in range(4)]
        uploads.append(await services.resumes.upload(second, "cv.txt", RESUME_TEXT.encode()))
        for resume in uploads:
            await services.resume_processor.process(resume.id)
        assert len(_waiting_matching_work(tmp_path)) == 2  # one per candidate, not one per résumé
        with sqlite3.connect(tmp_path / "talentgraph.sqlite3") as conn:
            # Still counted among each person's own work, so owners keep taking turns.
            assert conn.execute("SELECT count(DISTINCT fairness_key) FROM work_items WHERE kind = 'match.resume'"
                                " AND state = 'ready' AND fairness_key IS NOT NULL").fetchone()[0] == 2


async def test_the_coalesced_work_stores_what_a_full_recomputation_stores(tmp_path: Path):
    async with open_services(_settings(tmp_path)) as services:
        employer = await _register(services, "boss@coalesce.example", Role.EMPLOYER, "Coalesce Inc")
        for title, description, skills in (
                ("Backend Engineer", "Python services on PostgreSQL and Kubernetes.", ["Python", "PostgreSQL"]),
                ("Java Developer", "Java microservices shipped in Docker images.", ["Java", "Docker"]),
                ("Pastry Chef", "Bake croissants and bread at dawn.", ["Baking"])):
            await services.jobs.post(employer, {"title": title, "description": description,
                                                "required_skills": skills})
        person = await _register(services, "dev@coalesce.example", Role.CANDIDATE)
        texts = [RESUME_TEXT, RESUME_TEXT.replace("Python", "Go"), "Pastry cook.\nSKILLS\nBaking, Pastry\n"]
        for n, text in enumerate(texts):
            await services.resumes.upload(person, f"cv{n}.txt", text.encode())
        pool = services.worker_pool()
        pool.start()
        try:
            await _until_idle(tmp_path)
        finally:
            await pool.stop()

        async def stored() -> list[tuple[str, str, float]]:
            (page,) = await services.repositories.matches.by_candidates([person.id], None, PageRequest(first=100))
            return sorted((m.job_id, m.resume_id, m.score) for m in page.items)

        coalesced = await stored()
        assert coalesced
        assert await services.matching.match_candidate(person.id) == []  # nothing new to announce
        assert await stored() == coalesced


async def _until_idle(data_dir: Path) -> None:
    import asyncio

    for _ in range(600):
        with sqlite3.connect(data_dir / "talentgraph.sqlite3") as conn:
            (pending,) = conn.execute("SELECT count(*) FROM work_items WHERE state IN ('ready', 'leased')").fetchone()
        if pending == 0:
            return
        await asyncio.sleep(0.1)
    raise AssertionError("the queue did not drain")
