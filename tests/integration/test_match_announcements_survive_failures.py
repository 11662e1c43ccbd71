"""New matches are announced (a MatchFound fact each, a message to the candidate at or above
their threshold) exactly once, even when announcing fails after the matches are stored, or
the process dies between the two: the store records the announcements in the write that
stores the matches, and the retry of the batch (which finds nothing new to store) announces
what was left. Real SQLite files; the failures are injected at the edges (the notifier and
the event bus), the only fakes here."""
from __future__ import annotations

import asyncio
import time
from collections import Counter
from pathlib import Path

import pytest

from adapters.embedded.event_bus import InProcessEventBus
from adapters.embedded.sqlite.database import Database
from domain.events import DomainEvent, MatchFound
from domain.matches import MatchRetention
from domain.ports.notifications import Message
from domain.services.matching_store import MatchStore
from gateway.roles.announcement_sweep import AnnouncementSweep
from tests.fakes.notifier import FlakyNotifier
from tests.integration.contract.repository_backends import a_match
from tests.integration.test_sqlite_match_retention import _jobs, _people, _repositories

_RETENTION = MatchRetention(keep=100, floor=0.0)
# The lease of a process that dies in a test: long enough for its restart's first retry to
# come within it (on a loaded machine too), short enough to wait out.
_LEASE = 2.0


class _Killed(BaseException):
    """The process ending there: no handler of the code under test runs (a BaseException, as
    a cancellation or an interpreter exit is)."""


class _Recording:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def send(self, messages: list[Message]) -> None:
        self.messages += messages


class _FailingBus(InProcessEventBus):
    """The event bus, failing its first `failures` publications with `error`."""

    def __init__(self, failures: int = 0, error: BaseException | None = None) -> None:
        super().__init__()
        self.failures, self.error = failures, error

    async def publish_many(self, events) -> None:
        if self.failures > 0:
            self.failures -= 1
            raise self.error or ConnectionError("event bus unavailable")
        await super().publish_many(events)


class _World:
    """One process's view of the file: repositories, a store, and what it announced."""

    def __init__(self, db: Database, bus: _FailingBus, notifier) -> None:
        self.db, self.bus = db, bus
        self.repos = _repositories(db)
        self.facts: list[MatchFound] = []
        self.sent = notifier.inner if isinstance(notifier, FlakyNotifier) else notifier

        async def record(event: DomainEvent) -> None:
            if isinstance(event, MatchFound):
                self.facts.append(event)

        bus.subscribe("*", record)
        self.store = MatchStore(self.repos.matches, self.repos.users, bus, notifier, _RETENTION,
                                jobs=self.repos.jobs)


async def _opened(path: Path, bus: _FailingBus | None = None, notifier=None) -> _World:
    db = Database(path)
    await db.open()
    return _World(db, bus or _FailingBus(), notifier or _Recording())


async def _batches(world: _World, jobs_count: int = 3, people_count: int = 4):
    """Jobs' rows: every candidate matched to every job, half of them at or above the
    notification threshold (0.7)."""
    jobs = await _jobs(world.repos, jobs_count)
    people = await _people(world.repos, people_count)
    batches = [[a_match(person.id, job.id, resume.id, 0.8 if n % 2 else 0.5)
                for n, (person, resume) in enumerate(people)] for job in jobs]
    return {job.id: job for job in jobs}, batches


async def _settled(*worlds: _World) -> None:
    for world in worlds:
        await world.bus.drain()


def _once_each(facts: list[MatchFound], messages: list[Message], batches) -> None:
    """Each match's fact and candidate message once; and each batch (a job's matching pass) one
    "New candidates" notice to the job's team (its one recruiter here), counting its matches
    at or above the recruiter's threshold (0.7), never a second one for the same pass."""
    matches = [m for batch in batches for m in batch]
    assert Counter(f.match_id for f in facts) == Counter(m.id for m in matches), "each fact once"
    assert Counter(message.data["matchId"] for message in _to_candidates(messages)) == Counter(
        m.id for m in matches if m.score >= 0.7), "each message once, to those at or above their threshold"
    notices = [message for message in messages if "newCandidates" in message.data]
    assert sorted((n.data["jobId"], n.data["newCandidates"]) for n in notices) == sorted(
        (batch[0].job_id, sum(m.score >= 0.7 for m in batch)) for batch in batches), "one notice a job's pass"
    assert len(notices) + len(_to_candidates(messages)) == len(messages)


def _to_candidates(messages: list[Message]) -> list[Message]:
    return [message for message in messages if "matchId" in message.data]


async def test_messages_failing_after_the_write_are_sent_by_the_retry_once(tmp_path: Path):
    world = await _opened(tmp_path / "m.sqlite3", notifier=FlakyNotifier(_Recording(), failures=1))
    try:
        jobs, batches = await _batches(world)
        with pytest.raises(ConnectionError):
            await world.store.store_many(batches, jobs)
        assert world.sent.messages == []
        # The work item is retried: the same rows, nothing new to store.
        assert await world.store.store_many(batches, jobs) == [[], [], []]
        await _settled(world)
        _once_each(world.facts, world.sent.messages, batches)
    finally:
        await world.db.close()


async def test_facts_failing_after_the_write_go_out_with_the_retry_once(tmp_path: Path):
    world = await _opened(tmp_path / "m.sqlite3", bus=_FailingBus(failures=1))
    try:
        jobs, batches = await _batches(world)
        with pytest.raises(ConnectionError):
            await world.store.store_many(batches, jobs)
        assert await world.store.store(batches[0], jobs) == []
        await _settled(world)
        _once_each(world.facts, world.sent.messages, batches)
    finally:
        await world.db.close()


class _FailingOnCall:
    """Delivers, except on its `failing`-th send (counted from 1), which fails."""

    def __init__(self, failing: int) -> None:
        self.inner, self.failing, self.calls = _Recording(), failing, 0

    async def send(self, messages: list[Message]) -> None:
        self.calls += 1
        if self.calls == self.failing:
            raise ConnectionError("mail relay unavailable")
        await self.inner.send(messages)


async def test_a_failure_part_way_through_a_batch_leaves_only_the_rest_to_the_retry(tmp_path: Path):
    """Four jobs of 40 matches go out in two parts (three jobs' records, then one): the
    second part's messages fail after its facts went out. The retry sends that part's
    messages only: nothing of the first part again, no fact twice."""
    notifier = _FailingOnCall(failing=2)
    world = await _opened(tmp_path / "m.sqlite3", notifier=notifier)
    world.sent = notifier.inner
    try:
        jobs, batches = await _batches(world, jobs_count=4, people_count=40)
        with pytest.raises(ConnectionError):
            await world.store.store_many(batches, jobs)
        await _settled(world)
        assert len(world.facts) == 160 and len(_to_candidates(world.sent.messages)) == 60
        assert await world.store.store_many(batches, jobs) == [[], [], [], []]
        await _settled(world)
        _once_each(world.facts, world.sent.messages, batches)
    finally:
        await world.db.close()


async def test_a_process_dying_between_the_write_and_announcing_announces_after_restart(tmp_path: Path):
    path = tmp_path / "m.sqlite3"
    dying = await _opened(path, bus=_FailingBus(failures=1, error=_Killed()))
    dying.repos.matches.announcement_lease_seconds = _LEASE  # a dead announcer's hold, shortened
    jobs, batches = await _batches(dying)
    with pytest.raises(_Killed):
        await dying.store.store_many(batches, jobs)
    written = time.monotonic()
    await dying.db.close()
    assert dying.facts == [] and dying.sent.messages == []

    restarted = await _opened(path)
    try:
        # Within the dead process's lease its records are not taken (it might still be
        # announcing them); after it, the retried work announces them.
        assert await restarted.store.store_many(batches, jobs) == [[], [], []]
        await _settled(restarted)
        assert restarted.facts == []
        await asyncio.sleep(written + _LEASE + 0.1 - time.monotonic())
        assert await restarted.store.store_many(batches, jobs) == [[], [], []]
        await _settled(restarted)
        _once_each(restarted.facts, restarted.sent.messages, batches)
        assert await restarted.db.fetch_all("SELECT * FROM match_announcements") == []
    finally:
        await restarted.db.close()


async def test_two_processes_relaying_what_a_failure_left_announce_each_match_once(tmp_path: Path):
    path = tmp_path / "m.sqlite3"
    first = await _opened(path, notifier=FlakyNotifier(_Recording(), failures=1))
    second = await _opened(path)
    try:
        jobs, batches = await _batches(first)
        with pytest.raises(ConnectionError):
            await first.store.store_many(batches, jobs)
        # Both workers retry at the same moment, over their own connections to the file.
        await asyncio.gather(first.store.relay_pending(), second.store.relay_pending(),
                             first.store.relay_pending(), second.store.relay_pending())
        await _settled(first, second)
        _once_each(first.facts + second.facts, first.sent.messages + second.sent.messages, batches)
    finally:
        await first.db.close()
        await second.db.close()


async def test_the_worker_sweep_announces_what_a_dead_process_left_without_any_retry(tmp_path: Path):
    """No retry of the batch comes (another worker finished its work item): the worker role's
    periodic sweep announces the records once their announcer's lease is over."""
    path = tmp_path / "m.sqlite3"
    dying = await _opened(path, bus=_FailingBus(failures=1, error=_Killed()))
    dying.repos.matches.announcement_lease_seconds = 0.2
    jobs, batches = await _batches(dying)
    with pytest.raises(_Killed):
        await dying.store.store_many(batches, jobs)
    await dying.db.close()

    worker = await _opened(path)
    sweep = AnnouncementSweep(worker.store.relay_pending, period_seconds=0.05)
    sweep.start()
    try:
        for _ in range(100):
            await asyncio.sleep(0.05)
            if len(worker.facts) == 12:
                break
        await sweep.stop()
        await _settled(worker)
        _once_each(worker.facts, worker.sent.messages, batches)
    finally:
        await sweep.stop()
        await worker.db.close()


class _RefusingJob:
    """Delivers, except messages about `job_id` while `refusing` (one recipient's mail box
    that bounces, say)."""

    def __init__(self, job_id: str) -> None:
        self.inner, self.job_id, self.refusing = _Recording(), job_id, True

    async def send(self, messages: list[Message]) -> None:
        if self.refusing and any(message.data["jobId"] == self.job_id for message in messages):
            raise ConnectionError("mail relay refused the message")
        await self.inner.send(messages)


async def test_what_an_earlier_write_left_failing_again_does_not_fail_a_new_write(tmp_path: Path):
    world = await _opened(tmp_path / "m.sqlite3")
    try:
        jobs, batches = await _batches(world)
        notifier = _RefusingJob(batches[0][0].job_id)
        world.store = MatchStore(world.repos.matches, world.repos.users, world.bus, notifier, _RETENTION,
                                 jobs=world.repos.jobs)
        world.sent = notifier.inner
        with pytest.raises(ConnectionError):
            await world.store.store(batches[0], jobs)
        # Another job's write: its own matches go out although the first job's still fail.
        assert [m.id for m in await world.store.store(batches[1], jobs)] == [m.id for m in batches[1]]
        notifier.refusing = False
        assert await world.store.store_many(batches, jobs) == [[], [], list(batches[2])]
        await _settled(world)
        _once_each(world.facts, world.sent.messages, batches)
    finally:
        await world.db.close()
