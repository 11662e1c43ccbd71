"""Writing scored matches and announcing the new ones (domain/services/match_announcer.py).

A batch of jobs is written in one transaction where the store can (StoresMatchBatches), each
job's rows as one upsert of their own so that a failing job leaves nothing behind and fails
alone; then the whole batch's new matches are announced together (one read of their owners,
one append of their facts, one hand-over to the notifier).

Where the store keeps an outbox of announcements (KeepsMatchAnnouncements), the write that
stores a new match also records that it is to be announced, so announcing that fails (or a
process that dies) after the write loses nothing: the failed records are handed back, and
every later write (a retry of the same batch finds nothing new) then announces what earlier
ones left, as does the worker's periodic sweep (gateway/roles/announcement_sweep.py)."""
from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Mapping, Sequence

from domain.jobs import Job
from domain.matches import Match, MatchRetention
from domain.ports.accounts import UserRepository
from domain.ports.events import EventBus
from domain.ports.jobs import JobRepository
from domain.ports.match_announcements import KeepsMatchAnnouncements, PendingAnnouncement
from domain.ports.match_batches import StoresMatchBatches
from domain.ports.notifications import Notifier
from domain.ports.resumes import MatchRepository
from domain.services.match_announcer import AnnouncedSoFar, ExplanationOf, MatchAnnouncer
from domain.services.match_explanations import MatchExplanations

log = logging.getLogger(__name__)
Explain = Callable[[Match], str]
# Records earlier writes left (a job's new matches each), taken per relay pass.
_LEFT_AT_ONCE = 20
# Claims of a record by relays before it is kept aside as dead. A record relays failed to
# announce twice waits 1 s, 2 s, 4 s, ... up to _RETRY_CAP_SECONDS before its next claim
# (every write's relay pass would otherwise spend its attempts in seconds): 20 attempts are
# about an hour of failures, which an outage of the notifier or the event bus should not outlast.
ANNOUNCEMENT_ATTEMPTS = 20
_RETRY_CAP_SECONDS = 300.0


class MatchStore:
    def __init__(self, matches: MatchRepository, users: UserRepository, events: EventBus, notifier: Notifier,
                 retention: MatchRetention, jobs: JobRepository | None = None,
                 explanations: MatchExplanations | None = None) -> None:
        self._matches = matches
        self._announcer = MatchAnnouncer(users, events, notifier)
        self.retention = retention
        # What an announcement left by an earlier write needs: its job, and the sentence
        # explaining it (built again from the stored facts).
        self._jobs, self._explanations = jobs, explanations
        self._outbox = matches if isinstance(matches, KeepsMatchAnnouncements) and jobs is not None else None
        # Past this many claims a record that always fails is kept aside as dead (logged, counted).
        self.announcement_attempts = ANNOUNCEMENT_ATTEMPTS

    def to_write(self, scored: Sequence[Match]) -> list[Match]:
        """One best match per pair in `scored`: those kept (at or above the floor, best first,
        up to `keep`), then those below the floor (the store drops what it held of them)."""
        ranked = sorted(scored, key=lambda m: m.score, reverse=True)
        kept = [m for m in ranked if m.score >= self.retention.floor][: self.retention.keep]
        return kept + [m for m in ranked if m.score < self.retention.floor]

    async def store(self, rows: list[Match], jobs: Mapping[str, Job], explained: Explain | None = None) -> list[Match]:
        new = await self._matches.upsert(rows, self.retention)
        await self._announce([(rows, new)], jobs, explained)
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
        await self._announce([(rows, result) for rows, result in zip(batches, results)
                              if not isinstance(result, Exception)], jobs, explained)
        return results

    async def _announce(self, writes: Sequence[tuple[Sequence[Match], Sequence[Match]]], jobs: Mapping[str, Job],
                        explained: Explain | None) -> None:
        """Announces the new matches of `writes` (each the rows written and the new ones among
        them), just made; with an outbox, then what earlier writes left."""
        by_id = {m.id: m for _, new in writes for m in new}

        def explanation_of(match_id: str) -> str:
            return explained(by_id[match_id]) if explained is not None else by_id[match_id].explanation

        # One pass id per write (it names the write, not a match).
        passes = [self._pass_of(rows, new) for rows, new in writes]
        pending = [_pending(record, m, pass_id) for (rows, new), pass_id in zip(writes, passes)
                   for record, m in zip(self._outbox.announcement_records(new) if self._outbox else
                                        [m.id for m in new], new)]
        if self._outbox is None:
            await self._announcer.announce(pending, jobs, explanation_of)
            return
        await self._relay(self._outbox, pending, jobs, explanation_of)
        try:
            await self.relay_pending()
        except Exception:
            # Not this write's failure (its own matches are announced): what earlier writes
            # left is handed back, for the next write and the worker's sweep.
            log.exception("announcing matches that earlier writes left failed; they stay for the next attempt")

    def _pass_of(self, rows: Sequence[Match], new: Sequence[Match]) -> str:
        """The pass id of a write, as its records carry it (without an outbox, its first new match's)."""
        if self._outbox is not None:
            return self._outbox.announcement_pass(rows, new)
        return new[0].id if new else ""

    async def relay_pending(self) -> int:
        """Announces what earlier writes left to announce (their announcing failed, or their
        process died); how many were announced."""
        if self._outbox is None or self._jobs is None:
            return 0
        announced = 0
        while pending := await self._outbox.claim_announcements(_LEFT_AT_ONCE, self.announcement_attempts):
            matches = {m.id: m for m in await self._matches.get_many([p.match_id for p in pending]) if m is not None}
            jobs = {j.id: j for j in await self._jobs.get_many(list({p.job_id for p in pending})) if j is not None}
            # A match pruned or deleted since, or of a job gone, is not announced any more.
            alive = [p for p in pending if p.match_id in matches and p.job_id in jobs]
            await self._outbox.announcements_done(list({p.record_id for p in pending} - {p.record_id for p in alive}))
            sentences: dict[str, str] = {}
            if self._explanations is not None:
                listed = [matches[p.match_id] for p in alive]
                sentences = {m.id: f.explanation for m, f in zip(listed, await self._explanations.facts(listed))}
            await self._relay(self._outbox, alive, jobs, _looked_up(sentences))
            announced += len(alive)
            if len({p.record_id for p in pending}) < _LEFT_AT_ONCE:
                break
        return announced

    async def dead_announcements(self) -> int:
        """How many announcements were kept aside as dead (they failed every attempt)."""
        return await self._outbox.dead_announcements() if self._outbox is not None else 0

    async def _relay(self, outbox: KeepsMatchAnnouncements, pending: Sequence[PendingAnnouncement],
                     jobs: Mapping[str, Job], explanation_of: ExplanationOf) -> None:
        so_far = AnnouncedSoFar()
        try:
            await self._announcer.announce(pending, jobs, explanation_of, so_far)
        except Exception:
            # Handed back for the next write (a retry of this batch), done ones excepted;
            # should that fail too, the records come free when their lease runs out.
            finished = set(so_far.done) | set(so_far.published)
            unfinished = list(dict.fromkeys(p.record_id for p in pending if p.record_id not in finished))
            attempts = {p.record_id: p.attempts for p in pending}
            with contextlib.suppress(Exception):
                await outbox.announcements_done(so_far.done)
                for published, records in ((True, so_far.published), (False, unfinished)):
                    for retry_in, group in _by_retry_delay(records, attempts).items():
                        await outbox.announcements_failed(group, published=published, retry_in=retry_in)
            raise
        await outbox.announcements_done(so_far.done)


def retry_delay(attempts: int) -> float:
    """Seconds before a record that failed on its `attempts`-th claim is free again: the
    writer's own records (no claim yet) and a first relay's at once, for the next write or
    the retry of the batch; then 1 s, 2 s, 4 s, ... up to _RETRY_CAP_SECONDS."""
    return 0.0 if attempts <= 1 else min(_RETRY_CAP_SECONDS, 2.0 ** min(attempts - 2, 30))


def _by_retry_delay(records: Sequence[str], attempts: Mapping[str, int]) -> dict[float, list[str]]:
    groups: dict[float, list[str]] = {}
    for record in records:
        groups.setdefault(retry_delay(attempts.get(record, 0)), []).append(record)
    return groups


def _pending(record_id: str, match: Match, pass_id: str) -> PendingAnnouncement:
    return PendingAnnouncement(record_id=record_id, match_id=match.id, candidate_id=match.candidate_id, job_id=match.job_id,
                               score=match.score, found_at=match.created_at, pass_id=pass_id)


def _looked_up(sentences: Mapping[str, str]) -> ExplanationOf:
    return lambda match_id: sentences.get(match_id, "")
