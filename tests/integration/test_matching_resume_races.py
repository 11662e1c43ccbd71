"""A recomputation that read a candidate's resumes just before another request changed them
(deleted the best one, or marked another primary) before it wrote must not leave matches from the set it
read: on both backends, right after it returns, every match comes from the set as it is now.

The interleaving is made exact: the MatchRepository port is the real adapter, wrapped so that
the recomputation's first write is preceded by the other request's change, committed through
the real services after the recomputation read and scored everything. The app's queue workers are
stopped meanwhile, so the recomputation the change stores cannot repair the result first. Then
the same changes run truly at once (asyncio.gather) with the queue workers running."""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest

from domain.matching.scoring import MatchScorer
from domain.matching.weights import MatchWeights
from domain.pagination import PageRequest
from domain.services.matching import MatchingService
from domain.services.matching_skill_frequencies import CachedSkillFrequencies
from domain.users import User
from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.graphql_client import raw_id
from tests.resume_choice_helpers import (  # noqa: F401
    BETTER,
    GOOD,
    WEAKER,
    settings,
    settled,
    two_jobs,
    with_resume,
)


class ChangedRightBeforeWrite:
    """The MatchRepository port over the real adapter: the first upsert is preceded by
    `change` (another request's commit landing after everything was read and scored)."""

    def __init__(self, real, change: Callable[[], Awaitable[object]]) -> None:
        self._real, self._change = real, change

    def __getattr__(self, name: str):
        return getattr(self._real, name)

    async def upsert(self, matches, retention=None):
        change, self._change = self._change, None
        if change is not None:
            await change()
        return await self._real.upsert(matches, *([retention] if retention is not None else []))


@pytest.fixture(params=["embedded", "aws"])
def gateway_and_services(request):
    if request.param == "embedded":
        return request.getfixturevalue("client"), request.getfixturevalue("app")
    return request.getfixturevalue("aws_client")


def _matching_over(services, matches) -> MatchingService:
    """A second matching service on the app's own adapters, writing matches through `matches`."""
    settings, matching, repos = services.settings, services.adapters.matching, services.repositories
    source = matching.skill_frequencies  # the app weighs skills by how specific they are, where it can
    frequencies = CachedSkillFrequencies(
        source, services.clock, timedelta(seconds=settings.match_skill_frequencies_seconds)) if source else None
    return MatchingService(
        jobs=repos.jobs, resumes=repos.resumes, users=repos.users, matches=matches,
        embeddings=matching.embeddings, job_index=matching.job_index, resume_index=matching.resume_index,
        embedder=matching.embedder, skills=services.skills,
        scorer=MatchScorer(services.skills, MatchWeights.model_validate(settings.match_weights or {})),
        events=services.events, notifier=services.notifier, clock=services.clock,
        top_k=settings.match_top_k, keep=settings.match_keep, min_score=settings.match_min_score,
        skill_frequencies=frequencies,
    )


async def _stored(services, user_id: str) -> dict[str, str]:
    """job id → resume id of the candidate's stored matches, read from the repository."""
    (page,) = await services.repositories.matches.by_candidates([user_id], None, PageRequest(first=100))
    return {m.job_id: m.resume_id for m in page.items}


@dataclass(frozen=True)
class MatchedCandidate:
    services: Any
    token: str
    owner: User
    backend_job: str
    resumes: list[str]  # global ids, in upload order


async def _matched_candidate(gateway_and_services, texts: Sequence[str], best: int) -> MatchedCandidate:
    """A candidate with the résumés `texts`, once the backend job's match comes from `texts[best]`."""
    client, app = gateway_and_services
    services = app.state.services
    token, user = await client.candidate()
    backend_job, _ = await two_jobs(client)
    resumes = [await with_resume(client, token, text) for text in texts]
    await settled(client, token, lambda m: m.get(backend_job, ("",))[0] == resumes[best])
    (owner,) = await services.repositories.users.get_many([raw_id(user["id"])])
    return MatchedCandidate(services, token, owner, backend_job, resumes)


async def _recomputed_with_a_change_before_its_write(
        app, candidate: MatchedCandidate, change: Callable[[], Awaitable[object]]) -> dict[str, str]:
    """The candidate's stored matches after a recomputation whose first write `change` precedes,
    with the app's queue workers stopped so that nothing repairs the result first."""
    services = candidate.services
    racing = _matching_over(services, ChangedRightBeforeWrite(services.repositories.matches, change))
    await app.state.workers.stop()
    await racing.match_candidate(candidate.owner.id)
    return await _stored(services, candidate.owner.id)


async def test_a_recomputation_that_read_a_resume_deleted_meanwhile_ends_on_the_resumes_left(gateway_and_services):
    _, app = gateway_and_services
    candidate = await _matched_candidate(gateway_and_services, [GOOD, BETTER], best=1)
    good, better = candidate.resumes

    async def delete_better() -> None:
        await candidate.services.resumes.delete(candidate.owner, raw_id(better))

    stored = await _recomputed_with_a_change_before_its_write(app, candidate, delete_better)
    assert stored.get(raw_id(candidate.backend_job)) == raw_id(good)
    assert set(stored.values()) == {raw_id(good)}


async def test_a_recomputation_that_read_the_resumes_before_a_primary_was_marked_ends_on_the_primary(
        gateway_and_services):
    _, app = gateway_and_services
    candidate = await _matched_candidate(gateway_and_services, [GOOD, WEAKER], best=0)
    _, weaker = candidate.resumes

    async def mark_weaker() -> None:
        await candidate.services.resumes.set_primary(candidate.owner, raw_id(weaker), True)

    stored = await _recomputed_with_a_change_before_its_write(app, candidate, mark_weaker)
    assert stored.get(raw_id(candidate.backend_job)) == raw_id(weaker)
    assert set(stored.values()) == {raw_id(weaker)}


async def test_an_upload_and_a_deletion_at_once_end_on_the_new_resume(gateway_and_services):
    client, _ = gateway_and_services
    candidate = await _matched_candidate(gateway_and_services, [GOOD], best=0)
    services, token, owner, backend_job = candidate.services, candidate.token, candidate.owner, candidate.backend_job
    (good,) = candidate.resumes

    # The upload is processed and matched on the queue workers while the deletion's own
    # recomputation runs beside it (two shared workers), and a third recomputation of the
    # candidate runs in this task at the same time.
    better, _, _ = await asyncio.gather(
        with_resume(client, token, BETTER),
        services.resumes.delete(owner, raw_id(good)),
        services.matching.match_candidate(owner.id),
    )
    final = await settled(client, token, lambda m: m.get(backend_job, ("",))[0] == better)
    assert {resume for resume, _ in final.values()} == {better}
    # Nothing stale is left behind once the queue is idle: another recomputation changes nothing.
    before = await _stored(services, owner.id)
    await services.matching.match_candidate(owner.id)
    assert await _stored(services, owner.id) == before
