"""A candidate's recomputation racing the deletion of the resume it read, on both backends:
right after the recomputation's write, before its own re-check of the resume set runs
(which recomputes again and so would hide the damage from a test of the end state), no
listed match may come from a deleted resume. A reader in that window (`me { matches }`
right after the deletion returned) would otherwise see a match whose resume reads NOT_FOUND.

Both run at once (asyncio.gather) through the real services and adapters. The seam is the
MatchRepository port over the real adapter: the recomputation's first upsert, reached after
it read the resumes and scored, waits until the deletion (started once the upsert was
reached) has returned, and the candidate's list is read right after that write. The app's
queue workers are stopped, so the deletion's own recomputation cannot repair it first."""
from __future__ import annotations

import asyncio

from domain.pagination import PageRequest
from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.graphql_client import raw_id
from tests.integration.test_matching_resume_races import (  # noqa: F401
    _matched_candidate,
    _matching_over,
    gateway_and_services,
)
from tests.resume_choice_helpers import GOOD, PASTRY, settings  # noqa: F401


class PausedBeforeWrite:
    """The MatchRepository port over the real adapter. The first upsert tells `reached`,
    waits for `go`, writes, then keeps in `listed_after_write` what the candidate's list
    held at that moment (job id → resume id)."""

    def __init__(self, real, candidate_id: str) -> None:
        self._real, self._candidate_id = real, candidate_id
        self.reached, self.go = asyncio.Event(), asyncio.Event()
        self.listed_after_write: dict[str, str] | None = None

    def __getattr__(self, name: str):
        return getattr(self._real, name)

    async def upsert(self, matches, retention=None):
        first = not self.reached.is_set()
        if first:
            self.reached.set()
            await self.go.wait()
        written = await self._real.upsert(matches, *([retention] if retention is not None else []))
        if first:
            (page,) = await self._real.by_candidates([self._candidate_id], None, PageRequest(first=100))
            self.listed_after_write = {m.job_id: m.resume_id for m in page.items}
        return written


async def _deletion_racing_a_recomputation(gateway_and_services, texts: list[str], deleted: int):
    """The candidate's matches as listed right after a recomputation's write that the
    deletion of `texts[deleted]` (begun after the recomputation read the resumes) preceded;
    and the resume ids left."""
    _, app = gateway_and_services
    candidate = await _matched_candidate(gateway_and_services, texts, best=0)
    services, owner = candidate.services, candidate.owner
    paused = PausedBeforeWrite(services.repositories.matches, owner.id)
    racing = _matching_over(services, paused)
    await app.state.workers.stop()
    gone = raw_id(candidate.resumes[deleted])

    async def deletion() -> None:
        await paused.reached.wait()
        try:
            await services.resumes.delete(owner, gone)
        finally:
            paused.go.set()

    await asyncio.gather(racing.match_candidate(owner.id), deletion())
    assert paused.listed_after_write is not None
    left = [raw_id(r) for i, r in enumerate(candidate.resumes) if i != deleted]
    return paused.listed_after_write, gone, left


async def test_a_recomputation_writing_after_the_last_resume_was_deleted_lists_nothing(gateway_and_services):
    listed, gone, _ = await _deletion_racing_a_recomputation(gateway_and_services, [GOOD], deleted=0)
    assert gone not in listed.values()
    assert listed == {}


async def test_a_recomputation_writing_after_one_resume_was_deleted_lists_only_the_others(gateway_and_services):
    listed, gone, left = await _deletion_racing_a_recomputation(gateway_and_services, [GOOD, PASTRY], deleted=0)
    assert gone not in listed.values()
    assert set(listed.values()) <= set(left)
