"""A job's match rows, its MatchFound events and their analytics facts are validated a batch
at a time (one pydantic call, not one per match): each must be the very object the one-by-one
way built, facts with the same ids (the JSON hash that keeps a fact delivered twice once)."""
from __future__ import annotations

import asyncio
import hashlib
import random
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

from domain.events import (
    ApplicationUpdated,
    DomainEvent,
    JobClosed,
    JobPosted,
    MatchFound,
    ResumeProcessed,
    UserRegistered,
)
from domain.jobs import Job
from domain.matches import ScoreBreakdown
from domain.matching.profiles import CandidateProfile
from domain.matching.weights import PARTS, MatchWeights
from domain.ports.match_announcements import PendingAnnouncement
from domain.services.analytics import fact_of, facts_of
from domain.services.match_announcer import MatchAnnouncer
from domain.services.matching_parts import MatchingParts
from tests.fakes.account_lifecycle import RecordingNotifier
from tests.fakes.accounts import FakeUsers, RecordingEventBus


def _hex(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def _moment(rng: random.Random) -> datetime:
    at = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.randrange(10**8), microseconds=rng.randrange(10**6))
    return at.replace(microsecond=0) if rng.random() < 0.2 else at


def _score(rng: random.Random) -> float:
    return rng.choice([0.0, 1.0, 1e-05, 0.5, round(rng.random(), 4), rng.random()])


def test_a_jobs_rows_built_at_once_equal_those_built_one_by_one():
    rng = random.Random(7)
    parts = SimpleNamespace(weights_stamp=MatchWeights().stamp())
    for _ in range(30):
        count = rng.randrange(0, 40)
        candidates = [CandidateProfile(resume_id=_hex(rng), candidate_id=_hex(rng))
                      for _ in range(count)]
        scores = [_score(rng) for _ in range(count)]
        breakdowns = [[_score(rng) for _ in PARTS] for _ in range(count)]
        ids, job_id, now = [_hex(rng) for _ in range(count)], _hex(rng), _moment(rng)
        at_once = MatchingParts.new_matches(parts, candidates, job_id, scores, breakdowns, now, ids)
        one_by_one = [MatchingParts.new_match(parts, c, job_id, s, b, now, i)
                      for c, s, b, i in zip(candidates, scores, breakdowns, ids)]
        assert at_once == one_by_one
        assert [(m.model_fields_set, m.breakdown.model_fields_set) for m in at_once] == \
               [(m.model_fields_set, m.breakdown.model_fields_set) for m in one_by_one]
        assert all(type(m.breakdown) is ScoreBreakdown and m.scoring_weights is parts.weights_stamp for m in at_once)


def _events(rng: random.Random, count: int) -> list[DomainEvent]:
    kinds = [
        lambda at: MatchFound(match_id=_hex(rng), candidate_id=_hex(rng), job_id=_hex(rng), organization_id=_hex(rng),
                              score=_score(rng), occurred_at=at),
        lambda at: JobPosted(job_id=_hex(rng), organization_id=_hex(rng), occurred_at=at),
        lambda at: UserRegistered(user_id=_hex(rng), role=rng.choice(["CANDIDATE", "EMPLOYER"]), occurred_at=at),
        lambda at: JobClosed(job_id=_hex(rng), organization_id=_hex(rng), occurred_at=at),
        lambda at: ApplicationUpdated(application_id=_hex(rng), candidate_id=None, organization_id=_hex(rng),
                                      status="SCREENING", occurred_at=at),
        lambda at: ResumeProcessed(resume_id=_hex(rng), owner_id=_hex(rng), status="FAILED",
                                   failure_reason="Über 61 pages: ask again", occurred_at=at),
    ]
    weights = [8, 1, 1, 1, 1, 1]
    return [rng.choices(kinds, weights)[0](_moment(rng)) for _ in range(count)]


def test_facts_of_a_batch_equal_each_events_fact_with_the_same_ids():
    rng = random.Random(11)
    for _ in range(30):
        events = _events(rng, rng.randrange(0, 60))
        expected = [fact for event in events if (fact := fact_of(event)) is not None]
        assert facts_of(events) == expected
        # The id is still the hash of the event's JSON as model_dump_json writes it.
        assert [f.id for f in expected] == [
            hashlib.sha256(f"{e.name}:{e.model_dump_json()}".encode()).hexdigest()[:32]
            for e in events if fact_of(e) is not None]


class _BatchBus(RecordingEventBus):
    async def publish_many(self, events: list[DomainEvent]) -> None:
        self.published.extend(events)


def test_the_announced_events_built_at_once_equal_those_built_one_by_one():
    rng = random.Random(5)
    now = datetime(2026, 3, 1, tzinfo=UTC)
    jobs = {}
    for _ in range(4):
        job_id = _hex(rng)
        jobs[job_id] = Job(id=job_id, organization_id=_hex(rng), title="Welder", description="", posted_at=now,
                           updated_at=now)
    pending = [PendingAnnouncement(record_id=_hex(rng), match_id=_hex(rng), candidate_id=_hex(rng),
                                   job_id=rng.choice(list(jobs)), score=_score(rng), found_at=_moment(rng))
               for _ in range(250)]
    bus = _BatchBus()
    asyncio.run(MatchAnnouncer(FakeUsers(), bus, RecordingNotifier()).announce(pending, jobs, lambda _: ""))
    assert bus.published == [
        MatchFound(match_id=p.match_id, candidate_id=p.candidate_id, job_id=p.job_id,
                   organization_id=jobs[p.job_id].organization_id, score=p.score, occurred_at=p.found_at)
        for p in pending]
