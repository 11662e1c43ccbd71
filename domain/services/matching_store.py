"""Writing scored matches and announcing the new ones (a MatchFound fact each, and a message
to the candidate when the score reaches their notification threshold).

A batch of jobs is written in one transaction where the store can (StoresMatchBatches), each
job's rows as one upsert of their own so that a failing job leaves nothing behind and fails
alone; then the whole batch's new matches are announced together (one read of their owners,
one append of their facts, one hand-over to the notifier)."""
from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence

from domain.events import MatchFound
from domain.jobs import Job
from domain.matches import Match, MatchRetention
from domain.ports.accounts import UserRepository
from domain.ports.events import EventBus
from domain.ports.match_batches import PublishesInBatches, StoresMatchBatches
from domain.ports.notifications import Message, Notifier
from domain.ports.resumes import MatchRepository
from domain.users import User

Explain = Callable[[Match], str]
# Matches announced, and their owners read, in one go (about a job's worth).
_ANNOUNCED_AT_ONCE = 100


class MatchStore:
    def __init__(self, matches: MatchRepository, users: UserRepository, events: EventBus, notifier: Notifier,
                 retention: MatchRetention) -> None:
        self._matches, self._users, self._events, self._notifier = matches, users, events, notifier
        self.retention = retention

    def to_write(self, scored: Sequence[Match]) -> list[Match]:
        """One best match per pair in `scored`: those kept (at or above the floor, best first,
        up to `keep`), then those below the floor (the store drops what it held of them)."""
        ranked = sorted(scored, key=lambda m: m.score, reverse=True)
        kept = [m for m in ranked if m.score >= self.retention.floor][: self.retention.keep]
        return kept + [m for m in ranked if m.score < self.retention.floor]

    async def store(self, rows: list[Match], jobs: Mapping[str, Job], explained: Explain | None = None) -> list[Match]:
        new = await self._matches.upsert(rows, self.retention)
        await self.announce(new, jobs, explained)
        return new

    async def store_many(self, batches: Sequence[list[Match]], jobs: Mapping[str, Job],
                         explained: Explain | None = None) -> list[list[Match] | Exception]:
        """Per batch (a job's rows), its new matches or the error that stopped its write."""
        if isinstance(self._matches, StoresMatchBatches):
            results = await self._matches.upsert_many(batches, self.retention)
        else:
            results = []
            for rows in batches:
                try:
                    results.append(await self._matches.upsert(rows, self.retention))
                except Exception as error:
                    results.append(error)
        await self.announce([m for result in results if not isinstance(result, Exception) for m in result],
                            jobs, explained)
        return results

    async def announce(self, new: Sequence[Match], jobs: Mapping[str, Job], explained: Explain | None) -> None:
        # A batch may announce thousands: its owners read once (each in one of few reads),
        # and everything in parts, so requests served by this process get the event loop in
        # between.
        candidates = list(dict.fromkeys(m.candidate_id for m in new))
        owners: dict[str, User] = {}
        for start in range(0, len(candidates), _ANNOUNCED_AT_ONCE):
            owners.update((u.id, u) for u in await self._users.get_many(candidates[start:start + _ANNOUNCED_AT_ONCE])
                          if u is not None)
            await asyncio.sleep(0)
        for start in range(0, len(new), _ANNOUNCED_AT_ONCE):
            await self._announce(new[start:start + _ANNOUNCED_AT_ONCE], owners, jobs, explained)
            await asyncio.sleep(0)

    async def _announce(self, new: Sequence[Match], owners: Mapping[str, User], jobs: Mapping[str, Job],
                        explained: Explain | None) -> None:
        events, messages = [], []
        for match in new:
            job = jobs[match.job_id]
            events.append(MatchFound(match_id=match.id, candidate_id=match.candidate_id, job_id=job.id,
                                     organization_id=job.organization_id, score=match.score))
            owner = owners.get(match.candidate_id)
            if owner is not None and match.score >= owner.preferences.notify_min_score:
                explanation = explained(match) if explained is not None else match.explanation
                messages.append(Message(
                    user_id=owner.id, kind="match", subject=f"New match: {job.title}",
                    text=f"{job.title} matches your profile ({round(match.score * 100)}%). {explanation}",
                    data={"matchId": match.id, "jobId": job.id}, dedupe_key=f"match:{match.candidate_id}:{job.id}",
                ))
        if isinstance(self._events, PublishesInBatches):
            await self._events.publish_many(events)
        else:
            for event in events:
                await self._events.publish(event)
        await self._notifier.send(messages)
