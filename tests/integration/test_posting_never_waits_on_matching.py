"""Posting a job never waits on matching: while a match worker holds a batch of jobs in the
middle of its model pass, another job is posted, stored and its matching queued; the batch then
finishes and the new job is matched in the next one."""
from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Sequence
from pathlib import Path

from domain.services.accounts import ClientInfo, Registration
from domain.services.matching_triggers import MATCH_JOB
from domain.users import Role
from gateway.bootstrap import open_services
from gateway.bootstrap_matching import matching_work_handlers, wire_matching
from gateway.config import Settings
from gateway.workers import WorkerPool


class HeldEmbedder:
    """The real model, held back until the test lets it go (the edge a slow pass sits at)."""

    def __init__(self, inner) -> None:
        self._inner = inner
        self.dimension = getattr(inner, "dimension", None)
        self.entered = asyncio.Event()
        self.go = asyncio.Event()
        self.batches: list[int] = []

    async def embed(self, texts: Sequence[str]) -> list[list[float]]:
        self.batches.append(len(texts))
        self.entered.set()
        await self.go.wait()
        return await self._inner.embed(texts)


async def test_a_job_is_posted_while_a_batch_of_jobs_is_being_matched(tmp_path: Path):
    settings = Settings(data_dir=tmp_path, require_verified_email=False, rate_limits="off", jwt_secret="post" * 16)
    async with open_services(settings) as services:
        held = HeldEmbedder(services.adapters.matching.embedder)
        matching = wire_matching(settings, dataclasses.replace(
            services.adapters, matching=dataclasses.replace(services.adapters.matching, embedder=held)),
            services.clock)
        pool = WorkerPool(services.queue, matching_work_handlers(matching, 32), concurrency=0,
                          dedicated={MATCH_JOB: 1})
        employer = (await services.accounts.register(Registration(
            email="boss@post.example", password="a long enough password", name="Boss", role=Role.EMPLOYER,
            organization_name="Post Inc"), ClientInfo())).user
        job = {"title": "Backend Engineer", "description": "Python services.", "required_skills": ["Python"]}
        first = [await services.jobs.post(employer, job) for _ in range(3)]
        pool.start()
        try:
            await asyncio.wait_for(held.entered.wait(), 30)
            # The batch is mid-pass: posting goes through without it (the bound only ends a hang).
            later = await asyncio.wait_for(services.jobs.post(employer, job), 30)
            assert not held.go.is_set() and held.batches == [3]
            depth = await services.queue.depth()
            assert (depth["leased"], depth["ready"]) == (3, 1)  # the new job's work waits its turn
            held.go.set()
            for _ in range(3000):
                depth = await services.queue.depth()
                if depth["ready"] == depth["leased"] == 0:
                    break
                await asyncio.sleep(0.01)
            assert depth["done"] >= 4 and depth["dead"] == 0
            assert held.batches == [3, 1]
        finally:
            await pool.stop()
        (page,) = await services.repositories.jobs.get_many([later.id])
        assert page is not None and len(first) == 3
