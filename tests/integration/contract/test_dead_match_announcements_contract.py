"""The match-announcement outbox on both backends: a record that keeps failing is not claimed
forever. Each claim counts an attempt; a free record already claimed `max_attempts` times is
kept aside as dead (logged with its id, counted by dead_announcements()) and never claimed
again, while the other records are claimed as before; and a record handed back with a retry
delay is not claimed before it."""
from __future__ import annotations

import asyncio
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


async def _dead_records(repositories, n: int) -> list[str]:
    """`n` stored matches whose records failed every one of 3 attempts and were kept aside."""
    outbox = repositories.matches
    matches = [await _new_match(repositories) for _ in range(n)]
    for _ in range(3):
        claimed = await outbox.claim_announcements(100, max_attempts=3)
        await outbox.announcements_failed(list({p.record_id for p in claimed}), published=False)
    assert await outbox.claim_announcements(100, max_attempts=3) == []
    assert await outbox.dead_announcements() == n
    return [m.id for m in matches]


async def test_requeued_dead_records_are_claimed_again_as_new_ones(repositories):
    outbox = repositories.matches
    first, second, third = await _dead_records(repositories, 3)
    assert await outbox.requeue_dead_announcements([first, "no-such-record"]) == [first]
    assert await outbox.requeue_dead_announcements([first]) == []  # live again: not dead any more
    assert await outbox.dead_announcements() == 2
    claimed = await outbox.claim_announcements(100, max_attempts=3)
    assert [(p.match_id, p.attempts) for p in claimed] == [(first, 1)]
    await outbox.announcements_done([p.record_id for p in claimed])

    assert sorted(await outbox.requeue_dead_announcements()) == sorted([second, third])
    assert await outbox.dead_announcements() == 0
    claimed = await outbox.claim_announcements(100, max_attempts=3)
    assert sorted(p.match_id for p in claimed) == sorted([second, third])
    assert {p.attempts for p in claimed} == {1}
    await outbox.announcements_done([p.record_id for p in claimed])
    assert await outbox.claim_announcements(100, max_attempts=3) == []


async def test_a_requeue_racing_relays_that_claim_hands_each_record_to_exactly_one(repositories):
    outbox = repositories.matches
    dead = await _dead_records(repositories, 6)
    outbox.announcement_lease_seconds = 60  # a claim holds its record while it is announced
    announced: list[str] = []
    requeue_done = asyncio.Event()

    async def relay() -> None:
        while True:
            finished = requeue_done.is_set()
            claimed = await outbox.claim_announcements(2, max_attempts=3)
            announced.extend(p.match_id for p in claimed)
            await outbox.announcements_done(list({p.record_id for p in claimed}))
            if finished and not claimed:
                return
            await asyncio.sleep(0)

    async def requeue() -> None:
        for record_id in dead[:3]:  # some one by one, then the rest at once
            assert await outbox.requeue_dead_announcements([record_id]) == [record_id]
            await asyncio.sleep(0)
        assert sorted(await outbox.requeue_dead_announcements()) == sorted(dead[3:])
        requeue_done.set()

    await asyncio.gather(relay(), relay(), requeue())
    assert sorted(announced) == sorted(dead)  # each once: none lost, none claimed twice
    assert await outbox.dead_announcements() == 0
    assert await outbox.requeue_dead_announcements() == []


async def test_dead_records_are_listed_in_id_order_a_page_at_a_time(repositories):
    outbox = repositories.matches
    dead_matches = await _dead_records(repositories, 5)
    pages, after = [], None
    while True:
        page = await outbox.list_dead_announcements(2, after)
        if not page:
            break
        pages.append(page)
        after = page[-1].record_id
    assert [len(page) for page in pages] == [2, 2, 1]
    listed = [dead for page in pages for dead in page]
    assert [d.record_id for d in listed] == sorted(d.record_id for d in listed)
    assert sorted(m for d in listed for m in d.match_ids) == sorted(dead_matches)
    assert {d.attempts for d in listed} == {3} and all(d.dead_at.tzinfo is not None for d in listed)

    await outbox.requeue_dead_announcements([listed[0].record_id])
    assert [d.record_id for d in await outbox.list_dead_announcements(10)] == [d.record_id for d in listed[1:]]
