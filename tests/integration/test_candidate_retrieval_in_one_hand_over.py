"""A candidate's recomputation retrieves the nearest jobs of all their résumés in one call to
the index (SearchesInBatches), not one thread hand-over per résumé, and stores what searching
them one by one stores: the same rows, scores and breakdowns.

Real SQLite, the real model and the product's own services; the job index wrapped to count
its calls, and a second service over an index that lacks search_many (so it searches one by
one) recomputes the same candidate as a dry run."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from domain.ports.vectors import SearchesInBatches
from domain.users import Role
from gateway.bootstrap import Services, open_services
from gateway.bootstrap_matching import wire_matching
from gateway.config import Settings
from tests.bench.resume_documents import resume_text
from tests.integration.test_candidate_recomputation_reuses_rows import (
    JOBS,
    DryRunMatches,
    RecordingMatches,
    _drain,
    _facts,
    _register,
)


class CountingIndex:
    """The real job index; its searches counted. search_many only when `batches`."""

    def __init__(self, inner, batches: bool) -> None:
        self._inner, self._batching, self.searches, self.batches = inner, batches, 0, 0

    def __getattr__(self, name: str):
        if name == "search_many" and self._batching:
            return self._search_many
        if name == "search_many":
            raise AttributeError(name)
        return getattr(self._inner, name)

    async def search(self, vector, k, exclude=()):
        self.searches += 1
        return await self._inner.search(vector, k, exclude)

    async def _search_many(self, vectors, k):
        self.batches += 1
        return await self._inner.search_many(vectors, k)


def _service(services: Services, matches: RecordingMatches, index: CountingIndex):
    adapters = services.adapters
    return wire_matching(services.settings, dataclasses.replace(
        adapters, repositories=dataclasses.replace(adapters.repositories, matches=matches),
        matching=dataclasses.replace(adapters.matching, job_index=index)), services.clock)


async def test_all_resumes_are_searched_in_one_call_with_the_rows_of_one_by_one(tmp_path: Path):
    settings = Settings(data_dir=tmp_path, require_verified_email=False, rate_limits="off",
                        jwt_secret="one-hand-over" * 4, max_resumes_per_candidate=10)
    async with open_services(settings) as services:
        employer = await _register(services, "boss@search.example", Role.EMPLOYER, "Search Inc")
        for title, description, skills in JOBS:
            await services.jobs.post(employer, {"title": title, "description": description,
                                                "required_skills": skills})
        person = await _register(services, "person@search.example", Role.CANDIDATE)
        for n in range(4):
            await services.resumes.upload(person, f"cv{n}.txt", resume_text(200 + n).encode())
        await _drain(services, tmp_path)

        batching = CountingIndex(services.adapters.matching.job_index, batches=True)
        one_by_one = CountingIndex(services.adapters.matching.job_index, batches=False)
        assert isinstance(batching, SearchesInBatches) and not isinstance(one_by_one, SearchesInBatches)
        batched_rows, plain_rows = (DryRunMatches(services.repositories.matches),
                                    DryRunMatches(services.repositories.matches))
        await _service(services, batched_rows, batching).match_candidate(person.id)
        await _service(services, plain_rows, one_by_one).match_candidate(person.id)

        assert (batching.batches, batching.searches) == (1, 0)
        assert (one_by_one.batches, one_by_one.searches) == (0, 4)
        assert batched_rows.rows and _facts(batched_rows.rows) == _facts(plain_rows.rows)
