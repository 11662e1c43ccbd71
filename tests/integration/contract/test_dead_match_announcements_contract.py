"""The match-announcement outbox on both backends: a record that keeps failing is not claimed
forever. Each claim counts an attempt; a free record already claimed `max_attempts` times is
kept aside as dead (logged with its id, counted by dead_announcements()) and never claimed
again, while the other records are claimed as before; and a record handed back with a retry
delay is not claimed before it."""
from __future__ import annotations

import logging

from tests.integration.contract.repository_backends import (  # noqa: F401
    a_candidate,
    a_job,
    a_match,
    a_resume,
    an_employer,
    repositories,
)


async def _new_match(repositories, score: float = 0.8):
    """A stored new match whose announcement record is free at once (a lease of 0)."""
    _, acme = await an_employer(repositories)
    job = a_job(acme.id)
    await repositories.jobs.add(job)
    candidate = await a_candidate(repositories)
    resume = a_resume(candidate.id)
    await repositories.resumes.add(resume, max_per_owner=5)
    repositories.matches.announcement_lease_seconds = 0
    match = a_match(candidate.id, job.id, resume.id, score)
    assert await repositories.matches.upsert([match]) == [match]
    return match


async def test_a_record_failing_every_attempt_is_kept_aside_as_dead_and_not_claimed_again(repositories, caplog):
    outbox = repositories.matches
    failing = await _new_match(repositories)
    for attempt in range(1, 4):
        claimed = await outbox.claim_announcements(10, max_attempts=3)
        assert [(p.match_id, p.attempts) for p in claimed] == [(failing.id, attempt)]
        await outbox.announcements_failed([p.record_id for p in claimed], published=False)
    assert await outbox.dead_announcements() == 0

    healthy = await _new_match(repositories)
    with caplog.at_level(logging.WARNING):
        claimed = await outbox.claim_announcements(10, max_attempts=3)
    assert [p.match_id for p in claimed] == [healthy.id]
    assert await outbox.dead_announcements() == 1
    assert any(failing.id in record.getMessage() and "dead" in record.getMessage() for record in caplog.records)

    await outbox.announcements_failed([p.record_id for p in claimed], published=False)
    assert [p.match_id for p in await outbox.claim_announcements(10, max_attempts=3)] == [healthy.id]
    assert await outbox.dead_announcements() == 1


async def test_without_a_limit_a_failing_record_is_claimed_again(repositories):
    outbox = repositories.matches
    failing = await _new_match(repositories)
    for attempt in range(1, 6):
        claimed = await outbox.claim_announcements(10)
        assert [(p.match_id, p.attempts) for p in claimed] == [(failing.id, attempt)]
        await outbox.announcements_failed([p.record_id for p in claimed], published=False)
    assert await outbox.dead_announcements() == 0


async def test_a_record_handed_back_with_a_delay_waits_for_it(repositories):
    outbox = repositories.matches
    match = await _new_match(repositories)
    (claimed,) = await outbox.claim_announcements(10, max_attempts=3)
    await outbox.announcements_failed([claimed.record_id], published=True, retry_in=600)
    assert await outbox.claim_announcements(10, max_attempts=3) == []
    await outbox.announcements_failed([claimed.record_id], published=True)
    (again,) = await outbox.claim_announcements(10, max_attempts=3)
    assert (again.match_id, again.published, again.attempts) == (match.id, True, 2)
