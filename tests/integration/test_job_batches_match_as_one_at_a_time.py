"""Jobs matched in a batch (MatchingService.match_jobs, what a match worker runs on the jobs
it leased together) store exactly the matches each job matched on its own would: the same
candidates, resumes, scores and breakdowns per job, none of one job's candidates leaking into
another's list. A failure of one job fails that job alone.

Two platforms are built alike on the embedded backend (the same candidates, the same jobs,
the same order); one matches the new jobs one at a time, the other in one batch. The model is
held to one vector per text (tests/fakes/embedders.py), so only the batching differs. The
platform already holds more jobs than the hubness neighbours (k = 10) and the batch does not
double them, so no neighbour value is due for a refresh in between (matching_job_batch.py)."""
from __future__ import annotations

import dataclasses
import random
import sqlite3
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from domain.clock import new_id
from domain.jobs import RemotePolicy, Seniority
from domain.matches import Match, MatchRetention
from domain.pagination import PageRequest
from domain.resumes import ExperienceEntry, ParsedResume, Resume, ResumeStatus, SkillEntry
from domain.services.accounts import ClientInfo, Registration
from domain.services.matching import MatchingService
from domain.services.matching_job_batch import JobBatch
from domain.users import Preferences, Role, User
from gateway.bootstrap import Services, open_services
from gateway.bootstrap_matching import wire_matching
from gateway.config import Settings
from tests.fakes.embedders import OneTextAtATimeEmbedder

SKILLS = ["Python", "Java", "Go", "TypeScript", "React", "PostgreSQL", "Redis", "Kafka", "Docker",
          "Kubernetes", "Terraform", "AWS", "Django", "Spark", "Pandas", "PyTorch"]
ROLES = ["Backend Engineer", "Frontend Engineer", "Data Engineer", "Platform Engineer", "ML Engineer"]
CITIES = ["Berlin", "Lisbon", "London", "Paris"]
CANDIDATES = 30
_shared_embedder: list[OneTextAtATimeEmbedder] = []


def _job(rng: random.Random, n: int) -> dict:
    role = rng.choice(ROLES)
    required = rng.sample(SKILLS, rng.randint(2, 4))
    return {"title": f"{rng.choice(['Senior ', 'Junior ', ''])}{role} {n}",
            "description": (f"We build our platform with {', '.join(required)}. You will own services end to end. "
                            f"Our team of {rng.randint(3, 30)} works from {rng.choice(CITIES)} and remotely. "
                            "Mentoring, code review and on-call are shared by everyone."),
            "required_skills": required, "nice_to_have_skills": rng.sample(SKILLS, 2),
            "location": rng.choice(CITIES), "remote": rng.choice(list(RemotePolicy)),
            "seniority": rng.choice(list(Seniority))}


@asynccontextmanager
async def platform(path: Path, candidates: int = CANDIDATES) -> AsyncIterator[tuple[Services, MatchingService, User]]:
    """Candidates with parsed resumes and an employer; the same for the same arguments."""
    rng = random.Random(7)
    # Each job retrieves its 10 nearest of 36 resumes (as many as the hubness neighbours, so a
    # resume's own matching records its neighbour value): the jobs' candidate lists differ.
    settings = Settings(data_dir=path, require_verified_email=False, rate_limits="off", jwt_secret="batch" * 13,
                        match_top_k=10)
    async with open_services(settings) as services:
        if not _shared_embedder:
            _shared_embedder.append(OneTextAtATimeEmbedder(services.adapters.matching.embedder))
        embedder = _shared_embedder[0]
        adapters = dataclasses.replace(
            services.adapters, matching=dataclasses.replace(services.adapters.matching, embedder=embedder))
        matching = wire_matching(settings, adapters, services.clock)
        repos = services.repositories
        employer = (await services.accounts.register(Registration(
            email="boss@batch.example", password="a long enough password", name="Boss", role=Role.EMPLOYER,
            organization_name="Batch Inc"), ClientInfo())).user
        for n in range(candidates):
            skills = rng.sample(SKILLS, rng.randint(3, 7))
            role = rng.choice(ROLES)
            owner = User(id=new_id(), email=f"candidate{n}@batch.example", name=f"Candidate {n}",
                         role=Role.CANDIDATE, password_hash="-", created_at=services.clock.now(),
                         preferences=Preferences(remote=[rng.choice(list(RemotePolicy))],
                                                 locations=[rng.choice(CITIES)]))
            await repos.users.add(owner)
            text = (f"Candidate {n}\n{rng.choice(CITIES)}\n{role} with {rng.randint(1, 12)} years.\n"
                    f"Skills: {', '.join(skills)}\nBuilt services with {', '.join(skills[:2])}.")
            for copy in range(1 + (n % 5 == 0)):  # some candidates have two resumes
                resume = Resume(id=new_id(), owner_id=owner.id, filename=f"cv{copy}.txt", content_type="text/plain",
                                size_bytes=len(text), sha256=new_id() + new_id(), uploaded_at=services.clock.now())
                await repos.resumes.add(resume, max_per_owner=5)
                parsed = ParsedResume(name=owner.name, skills=[SkillEntry(name=s) for s in skills[copy:]],
                                      experience=[ExperienceEntry(title=role)],
                                      total_years_experience=float(rng.randint(1, 12)))
                await repos.resumes.set_status(resume.id, ResumeStatus.PARSED, parsed=parsed)
                await matching.index_resume(resume, parsed, text + ("\nReferences on request." if copy else ""))
        yield services, matching, employer


async def _post(services: Services, employer: User, count: int, first: int) -> list[str]:
    rng = random.Random(first)
    return [(await services.jobs.post(employer, _job(rng, first + n))).id for n in range(count)]


async def _older_jobs(services: Services, matching: MatchingService, employer: User) -> None:
    """Twelve jobs matched one by one, then every candidate once: each resume's neighbour
    values are then current (computed over 12 jobs, due again at 24), so the six new jobs find
    none missing or due, whether they come one by one or together."""
    for job_id in await _post(services, employer, 12, 0):
        await matching.match_job(job_id)
    for candidate in [f"candidate{n}@batch.example" for n in range(CANDIDATES)]:
        user = await services.repositories.users.get_by_email(candidate)
        assert user is not None
        await matching.match_candidate(user.id)


async def _stored(services: Services, job_ids: Sequence[str]) -> dict[str, list[tuple]]:
    """Per job title, its matches as (candidate email, resume file, score, breakdown)."""
    repos = services.repositories
    out = {}
    for job in await repos.jobs.get_many(list(job_ids)):
        assert job is not None
        (page,) = await repos.matches.by_jobs([job.id], None, PageRequest(first=100))
        users = {u.id: u.email for u in await repos.users.get_many([m.candidate_id for m in page.items]) if u}
        files = {r.id: r.filename for r in await repos.resumes.get_many([m.resume_id for m in page.items]) if r}
        out[job.title] = sorted((users[m.candidate_id], files[m.resume_id], m.score, m.breakdown.model_dump())
                                for m in page.items)
    return out


async def _one_at_a_time(path: Path) -> dict[str, list[tuple]]:
    async with platform(path) as (services, matching, employer):
        await _older_jobs(services, matching, employer)
        new = await _post(services, employer, 6, 100)
        for job_id in new:
            await matching.match_job(job_id)
        return await _stored(services, new)


@pytest.mark.parametrize("read_slice", [200, 7], ids=["one read", "reads in slices"])
async def test_a_batch_stores_what_each_job_alone_stores(tmp_path: Path, read_slice: int):
    alone = await _one_at_a_time(tmp_path / "alone")
    async with platform(tmp_path / "batch") as (services, matching, employer):
        await _older_jobs(services, matching, employer)
        new = await _post(services, employer, 6, 100)
        calls_before = len(_shared_embedder[0].calls)
        # The batch's shared reads go in slices of owners and resumes; small ones here.
        outcomes = await JobBatch(matching, read_slice=read_slice).run(new)
        assert [outcome.error for outcome in outcomes] == [None] * 6
        together = await _stored(services, new)
        assert _shared_embedder[0].calls[calls_before:] == [6]  # one model pass for the batch
    assert sum(len(v) for v in alone.values()) > 6 * 5, "too few matches to tell anything"
    assert len({repr(v) for v in alone.values()}) == 6, "the jobs' lists should differ"
    assert {title: len(v) for title, v in together.items()} == {title: len(v) for title, v in alone.items()}
    assert together == alone, _differences(alone, together)


def _differences(alone: dict[str, list[tuple]], together: dict[str, list[tuple]]) -> str:
    lines = []
    for title in alone:
        for m in alone[title]:
            if m not in together.get(title, []):
                lines.append(f"{title}: alone only {m}")
        for m in together.get(title, []):
            if m not in alone[title]:
                lines.append(f"{title}: together only {m}")
    return "\n".join(lines)


class FailingForOneJob:
    """Fault injection at the match store's edge: storing the matches of one job fails. This
    store offers no batch write (upsert_many), so matching stores job by job."""

    def __init__(self, inner, job_id: str) -> None:
        self._inner, self._job_id = inner, job_id
        self.batch_writes = 0

    def __getattr__(self, name: str):
        if name == "upsert_many":
            raise AttributeError(name)
        return getattr(self._inner, name)

    async def upsert(self, matches: Sequence[Match], retention: MatchRetention = MatchRetention()) -> list[Match]:
        if any(m.job_id == self._job_id for m in matches):
            raise OSError("disk full (injected)")
        return await self._inner.upsert(matches, retention)


class FailingInABatchForOneJob(FailingForOneJob):
    """The same, with the batch's jobs written in one transaction (upsert_many): that job's
    best row names a candidate who does not exist, so SQLite's foreign key refuses the real
    write mid-transaction, after the jobs before it were written. The best row, because a row
    under the score floor is only deleted, never inserted, and would meet no foreign key."""

    async def upsert_many(self, batches: Sequence[Sequence[Match]], retention: MatchRetention = MatchRetention()):
        self.batch_writes += 1
        return await self._inner.upsert_many([_best_refused(batch) if batch and batch[0].job_id == self._job_id
                                              else batch for batch in batches], retention)


def _best_refused(batch: Sequence[Match]) -> list[Match]:
    best = max(range(len(batch)), key=lambda n: batch[n].score)
    return [m.model_copy(update={"candidate_id": "nobody"}) if n == best else m for n, m in enumerate(batch)]


@pytest.mark.parametrize("batches", [True, False], ids=["one transaction", "job by job"])
async def test_a_failing_job_fails_alone(tmp_path: Path, batches: bool):
    alone = await _one_at_a_time(tmp_path / "alone")
    async with platform(tmp_path / "batch") as (services, matching, employer):
        await _older_jobs(services, matching, employer)
        new = await _post(services, employer, 6, 100)
        repos = services.adapters.repositories
        store = (FailingInABatchForOneJob if batches else FailingForOneJob)(repos.matches, new[2])
        failing = wire_matching(services.settings, dataclasses.replace(
            services.adapters, repositories=dataclasses.replace(repos, matches=store),
            matching=dataclasses.replace(services.adapters.matching, embedder=_shared_embedder[0])), services.clock)
        outcomes = await failing.match_jobs(new)
        expected = sqlite3.IntegrityError if batches else OSError
        assert [type(o) for o in outcomes] == [type(None)] * 2 + [expected] + [type(None)] * 3
        assert store.batch_writes == (1 if batches else 0)
        together = await _stored(services, new)
    (failed_title,) = [t for t, v in together.items() if not v]
    assert {t: v for t, v in together.items() if t != failed_title} == \
        {t: v for t, v in alone.items() if t != failed_title}
    assert alone[failed_title], "the failing job would have had matches"


@pytest.fixture(autouse=True, scope="module")
def _forget_vectors():
    yield
    _shared_embedder.clear()
