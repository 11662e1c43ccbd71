"""A candidate's recomputation keeps each resume's scored rows and reuses them while nothing
they depend on moved (domain/services/matching_resume_rows.py). What it writes must be what
a recomputation from scratch writes: the same rows (candidate, job, resume, score, breakdown,
scoring stamp) in the same order, through uploads one by one, a recomputation with nothing
changed, an edited job, a deleted resume, a primary marked and unmarked, and changed
preferences.

Real SQLite, the real model and the product's own services. At each step the recomputation
from scratch runs first on a service of its own, built with an empty memo, whose match store
is a dry-run stand-in (it records the rows and writes nothing: named DryRunMatches), then
the long-lived incremental service writes for real; both start from the same stored state."""
from __future__ import annotations

import asyncio
import dataclasses
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from domain.matches import Match, MatchRetention
from domain.pagination import PageRequest
from domain.services.accounts import ClientInfo, Registration
from domain.services.matching import MatchingService
from domain.users import Role
from gateway.bootstrap import Services, open_services
from gateway.bootstrap_matching import wire_matching
from gateway.config import Settings
from tests.bench.resume_documents import resume_text
from tests.fixtures.documents import RESUME_TEXT

JOBS = (
    ("Backend Engineer", "Python services on PostgreSQL and Kubernetes.", ["Python", "PostgreSQL"]),
    ("Java Developer", "Java microservices shipped in Docker images.", ["Java", "Docker"]),
    ("Pastry Chef", "Bake croissants and bread at dawn.", ["Baking"]),
    ("Registered Nurse", "Ward care, medication rounds and patient charts.", ["Patient Care", "Nursing"]),
    ("Data Analyst", "Reports in SQL, Excel and Tableau for the finance team.", ["SQL", "Excel", "Tableau"]),
    ("Delivery Driver", "Deliver parcels around the city; clean licence needed.", ["Driving"]),
)


class RecordingMatches:
    """The real match repository, every row handed to upsert recorded (in order)."""

    def __init__(self, inner, write: bool) -> None:
        self._inner, self._write = inner, write
        self.rows: list[Match] = []

    def __getattr__(self, name: str):
        if name == "upsert_many":
            raise AttributeError(name)
        return getattr(self._inner, name)

    async def upsert(self, matches: Sequence[Match], retention: MatchRetention = MatchRetention()) -> list[Match]:
        self.rows += matches
        return await self._inner.upsert(matches, retention) if self._write else []


class DryRunMatches(RecordingMatches):
    """A stand-in at the edge: records what would be written, writes nothing."""

    def __init__(self, inner) -> None:
        super().__init__(inner, write=False)

    async def delete_for_candidate(self, candidate_id: str) -> None:
        return None


def _service(services: Services, matches: RecordingMatches) -> MatchingService:
    repos = services.adapters.repositories
    return wire_matching(services.settings, dataclasses.replace(
        services.adapters, repositories=dataclasses.replace(repos, matches=matches)), services.clock)


def _facts(rows: Sequence[Match]) -> list[tuple]:
    # Ids and times are made afresh by every write; everything else must agree.
    return [(m.candidate_id, m.job_id, m.resume_id, m.score, m.breakdown.model_dump(), m.scoring_version,
             m.scoring_weights) for m in rows]


async def _register(services: Services, email: str, role: Role, organization: str | None = None):
    return (await services.accounts.register(Registration(
        email=email, password="a long enough password", name=email.split("@")[0], role=role,
        organization_name=organization), ClientInfo())).user


async def _drain(services: Services, data_dir: Path) -> None:
    pool = services.worker_pool()
    pool.start()
    try:
        for _ in range(600):
            with sqlite3.connect(data_dir / "talentgraph.sqlite3") as conn:
                (pending,) = conn.execute(
                    "SELECT count(*) FROM work_items WHERE state IN ('ready', 'leased')").fetchone()
            if pending == 0:
                return
            await asyncio.sleep(0.1)
        raise AssertionError("the queue did not drain")
    finally:
        await pool.stop()


async def test_reused_rows_write_what_a_recomputation_from_scratch_writes(tmp_path: Path):
    settings = Settings(data_dir=tmp_path, require_verified_email=False, rate_limits="off",
                        jwt_secret="reused-rows" * 5, max_resumes_per_candidate=10)
    async with open_services(settings) as services:
        employer = await _register(services, "boss@rows.example", Role.EMPLOYER, "Rows Inc")
        jobs = [await services.jobs.post(employer, {"title": t, "description": d, "required_skills": s})
                for t, d, s in JOBS]
        # More resumes than a job's neighbour count (k = 10), so one more does not move every
        # job's neighbour similarity (it is refreshed when the resumes double).
        for n in range(12):
            other = await _register(services, f"other{n}@rows.example", Role.CANDIDATE)
            await services.resumes.upload(other, "cv.txt", resume_text(100 + n).encode())
        await _drain(services, tmp_path)
        person = await _register(services, "person@rows.example", Role.CANDIDATE)
        incremental_store = RecordingMatches(services.repositories.matches, write=True)
        incremental = _service(services, incremental_store)

        async def same_as_from_scratch() -> None:
            dry = DryRunMatches(services.repositories.matches)
            await _service(services, dry).match_candidate(person.id)
            incremental_store.rows.clear()
            await incremental.match_candidate(person.id)
            assert _facts(incremental_store.rows) == _facts(dry.rows)
            (page,) = await services.repositories.matches.by_candidates([person.id], None, PageRequest(first=100))
            kept = [m for m in incremental_store.rows if m.score >= settings.match_min_score][:settings.match_keep]
            assert sorted((m.job_id, m.resume_id, m.score) for m in page.items) == \
                sorted((m.job_id, m.resume_id, m.score) for m in kept)

        texts = [RESUME_TEXT, resume_text(1), resume_text(2), "Pastry cook.\nSKILLS\nBaking, Pastry\n",
                 resume_text(3)]
        uploaded = []
        for n, text in enumerate(texts):
            resume = await services.resumes.upload(person, f"cv{n}.txt", text.encode())
            await services.resume_processor.process(resume.id)
            uploaded.append(resume)
            await same_as_from_scratch()
        # Each upload scored the new resume alone: the others' rows were reused.
        assert (incremental._resume_rows.scored, incremental._resume_rows.reused) == (len(texts), 10)
        # and each resume's profile was built once, the others' kept (matching_resume_profiles.py)
        assert (incremental._resume_profiles.built, incremental._resume_profiles.reused) == (len(texts), 10)

        reused = incremental._resume_rows.reused
        await same_as_from_scratch()  # nothing changed: every resume's rows reused
        assert incremental._resume_rows.reused == reused + len(texts)

        await services.jobs.update(employer, jobs[4].id, {"required_skills": ["SQL", "Python", "Excel"]})
        await _drain(services, tmp_path)
        # The queue's own service was told (its cached skill frequencies are read again); this
        # second service in the same process is told as the queue's would be.
        assert incremental.parts.skill_frequencies is not None
        incremental.parts.skill_frequencies.jobs_changed()
        await same_as_from_scratch()

        await services.resumes.delete(person, uploaded[1].id)
        await _drain(services, tmp_path)
        await same_as_from_scratch()

        await services.resumes.set_primary(person, uploaded[3].id, True)
        await _drain(services, tmp_path)
        await same_as_from_scratch()
        await services.resumes.set_primary(person, uploaded[3].id, False)
        await _drain(services, tmp_path)
        await same_as_from_scratch()

        built = incremental._resume_profiles.built
        await services.accounts.update_preferences(person, {"desired_titles": ["Data Analyst"]})
        await _drain(services, tmp_path)
        await same_as_from_scratch()
        # other preferences: every profile built again (4 résumés left, the primary unmarked)
        assert incremental._resume_profiles.built == built + len(texts) - 1
