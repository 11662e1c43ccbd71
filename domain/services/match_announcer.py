"""Announcing new matches: a MatchFound fact each, a message to the candidate when the score
reaches their notification threshold, and one to each of the job's hiring team per job and
matching pass, counting its new candidates at or above their threshold
(new_candidates_notice.py).

Announcements go out in parts of about a job's worth (whole outbox records each), each
part's facts and then its messages, and `AnnouncedSoFar` tells which records went out before
a failure: those the caller marks done, those whose facts went out it marks published, so a
retry sends only what is left.
Facts carry the match's creation time, so a fact sent again is the same fact (analytics keeps
it once); messages carry a dedupe key per candidate and job, or per recruiter, job and pass (the outbox
and the inbox keep it once)."""
from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from pydantic import TypeAdapter

from domain.events import MatchFound
from domain.jobs import Job
from domain.notify_floor import effective_floor
from domain.ports.accounts import UserRepository
from domain.ports.events import EventBus
from domain.ports.match_announcements import PendingAnnouncement
from domain.ports.match_batches import PublishesInBatches, ReadsNotifyThresholds
from domain.ports.notifications import Message, Notifier
from domain.services.new_candidates_notice import JobPass, job_passes, new_candidates_notices
from domain.users import User

# The explanation sentence of a match, by its id ("" when none is at hand).
ExplanationOf = Callable[[str], str]
# Matches announced, and their owners read, in one go (about a job's worth).
ANNOUNCED_AT_ONCE = 100
_EVENTS = TypeAdapter(list[MatchFound])


@dataclass
class AnnouncedSoFar:
    # Record ids: facts and messages out; the part whose facts are out, messages not yet.
    done: list[str] = field(default_factory=list)
    published: list[str] = field(default_factory=list)


class MatchAnnouncer:
    def __init__(self, users: UserRepository, events: EventBus, notifier: Notifier) -> None:
        self._users, self._events, self._notifier = users, events, notifier

    async def announce(self, pending: Sequence[PendingAnnouncement], jobs: Mapping[str, Job],
                       explanation_of: ExplanationOf, so_far: AnnouncedSoFar | None = None) -> None:
        so_far = so_far if so_far is not None else AnnouncedSoFar()
        # A batch may announce thousands: its owners read once (each in one of few reads),
        # and everything in parts, so requests served by this process get the event loop in
        # between.
        candidates = list(dict.fromkeys(p.candidate_id for p in pending))
        thresholds: dict[str, float] = {}
        for start in range(0, len(candidates), ANNOUNCED_AT_ONCE):
            thresholds.update(await self._thresholds(candidates[start:start + ANNOUNCED_AT_ONCE]))
            await asyncio.sleep(0)
        teams = await self._teams(pending, jobs)
        # Each pass's notices go with the first part holding the job's matches of that pass.
        passes = {(found.job_id, found.pass_id): found for found in job_passes(pending)}
        for part in _parts(pending):
            await self._publish([p for p in part if not p.published], jobs)
            so_far.published = list(dict.fromkeys(p.record_id for p in part))
            notices = [notice for found in _first_met(part, passes)
                       for notice in new_candidates_notices(found, jobs[found.job_id],
                                                            teams.get(jobs[found.job_id].organization_id, []))]
            await self._notifier.send(_messages(part, thresholds, jobs, explanation_of) + notices)
            so_far.done += so_far.published
            so_far.published = []
            await asyncio.sleep(0)

    async def _teams(self, pending: Sequence[PendingAnnouncement], jobs: Mapping[str, Job]) -> dict[str, list[User]]:
        """The members of the organizations whose jobs have new matches, in one read."""
        organizations = list(dict.fromkeys(jobs[p.job_id].organization_id for p in pending))
        if not organizations:
            return {}
        return dict(zip(organizations, await self._users.members_of(organizations)))

    async def _thresholds(self, ids: Sequence[str]) -> dict[str, float]:
        """Each existing owner's notification threshold: all a message needs of its owner."""
        if isinstance(self._users, ReadsNotifyThresholds):
            return await self._users.notify_min_scores(ids)
        return {u.id: u.preferences.notify_min_score for u in await self._users.get_many(ids) if u is not None}

    async def _publish(self, pending: Sequence[PendingAnnouncement], jobs: Mapping[str, Job]) -> None:
        # Validated in one call: the same events as MatchFound(...) each, in less time.
        events = _EVENTS.validate_python([
            {"match_id": p.match_id, "candidate_id": p.candidate_id, "job_id": p.job_id,
             "organization_id": jobs[p.job_id].organization_id, "score": p.score, "occurred_at": p.found_at}
            for p in pending])
        if isinstance(self._events, PublishesInBatches):
            await self._events.publish_many(events)
        else:
            for event in events:
                await self._events.publish(event)


def _parts(pending: Sequence[PendingAnnouncement]) -> list[list[PendingAnnouncement]]:
    """`pending` in parts of about ANNOUNCED_AT_ONCE, whole records each (a record's matches
    are listed together)."""
    parts: list[list[PendingAnnouncement]] = [[]]
    for at, p in enumerate(pending):
        if len(parts[-1]) >= ANNOUNCED_AT_ONCE and p.record_id != pending[at - 1].record_id:
            parts.append([])
        parts[-1].append(p)
    return [part for part in parts if part]


def _first_met(part: Sequence[PendingAnnouncement], passes: dict[tuple[str, str], JobPass]) -> list[JobPass]:
    """The passes of `part` not sent with an earlier part (taken out of `passes`)."""
    keys = dict.fromkeys((p.job_id, p.found_by) for p in part)
    return [found for found in (passes.pop(key, None) for key in keys) if found is not None]


def _messages(pending: Sequence[PendingAnnouncement], thresholds: Mapping[str, float], jobs: Mapping[str, Job],
              explanation_of: ExplanationOf) -> list[Message]:
    """To each owner that exists, for the matches at or above their threshold."""
    messages = []
    for p in pending:
        threshold, job = thresholds.get(p.candidate_id), jobs[p.job_id]
        if threshold is None or p.score < effective_floor(threshold, None):
            continue
        said = f"{job.title} matches your profile ({round(p.score * 100)}%)."
        explanation = explanation_of(p.match_id)
        messages.append(Message(
            user_id=p.candidate_id, kind="match", subject=f"New match: {job.title}",
            text=f"{said} {explanation}" if explanation else said,
            data={"matchId": p.match_id, "jobId": job.id}, dedupe_key=f"match:{p.candidate_id}:{job.id}",
        ))
    return messages
