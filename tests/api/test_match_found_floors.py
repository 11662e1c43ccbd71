"""An employer's live `matchFound` stream applies the floors the inbox and emails apply
(domain/notify_floor.py): the recruiter's own `notifyMinScore`, raised to a job's floor where its
hiring team set one, read as each match comes, so a floor changed meanwhile holds from the next
match without reconnecting. On both backends."""
from __future__ import annotations

import asyncio
import time

from tests.live_match_stream import Stream, board, found
from tests.served_backends import aws_client, aws_settings, served  # noqa: F401

PREFERENCES = "mutation($i: PreferencesInput!){ updatePreferences(input: $i){ preferences { notifyMinScore } } }"
UPDATE_JOB = "mutation($id: ID!, $i: JobUpdateInput!){ updateJob(id: $id, input: $i){ notifyMinScore } }"


async def test_a_jobs_floor_and_the_recruiters_own_hold_from_the_next_match_on_the_same_stream(served):
    client, app = served
    b = await board(client, jobs=5)
    events = app.state.services.events
    await client.data(PREFERENCES, {"i": {"notifyMinScore": 0.3}}, b.recruiter)
    async with Stream(app, b.recruiter_id) as stream:
        await events.publish(found(b, 0, 0.4))
        await stream.until_seen(b.jobs[0][1])
        await client.data(UPDATE_JOB, {"id": b.global_ids[1], "i": {"notifyMinScore": 0.8}}, b.recruiter)
        await events.publish(found(b, 1, 0.4))  # under the job's new floor
        await events.publish(found(b, 2, 0.5))  # another job: the recruiter's own 0.3 holds
        await stream.until_seen(b.jobs[2][1])
        await client.data(PREFERENCES, {"i": {"notifyMinScore": 0.9}}, b.recruiter)
        await events.publish(found(b, 3, 0.85))  # under the recruiter's new own floor
        await events.publish(found(b, 4, 0.95))
        await stream.until_seen(b.jobs[4][1])
        assert stream.ids() == [b.jobs[0][1], b.jobs[2][1], b.jobs[4][1]]


async def test_a_stream_asking_for_a_lower_floor_still_gets_nothing_under_the_jobs(served):
    client, app = served
    b = await board(client, jobs=2)
    await client.data(UPDATE_JOB, {"id": b.global_ids[0], "i": {"notifyMinScore": 0.8}}, b.recruiter)
    async with Stream(app, b.recruiter_id, "subscription { matchFound(minScore: 0) { id } }") as stream:
        await app.state.services.events.publish(found(b, 0, 0.4))
        await app.state.services.events.publish(found(b, 1, 0.1))  # no job floor: minScore 0 asked
        await stream.until_seen(b.jobs[1][1])
        assert stream.ids() == [b.jobs[1][1]]


async def test_no_match_under_the_floor_comes_after_the_floor_changed_while_matches_are_announced(served):
    client, app = served
    b = await board(client, jobs=12)
    events = app.state.services.events
    await client.data(PREFERENCES, {"i": {"notifyMinScore": 0.3}}, b.recruiter)
    published: dict[str, float] = {}
    changed_at: list[float] = []
    changed = asyncio.Event()

    async def announce() -> None:
        for at in range(len(b.jobs)):
            if at == len(b.jobs) - 3:  # the last few surely after the change, however slow it is
                await changed.wait()
            published[b.jobs[at][1]] = time.monotonic()
            await events.publish(found(b, at, 0.5))
            await asyncio.sleep(0.03)

    async def raise_the_floor() -> None:
        await stream.until_seen(b.jobs[0][1])  # once the stream has shown one, while the others are announced
        await client.data(PREFERENCES, {"i": {"notifyMinScore": 0.8}}, b.recruiter)
        changed_at.append(time.monotonic())  # committed: the mutation answered
        changed.set()

    async with Stream(app, b.recruiter_id) as stream:
        await asyncio.wait_for(asyncio.gather(announce(), raise_the_floor()), 60)
        await asyncio.sleep(1.0)  # whatever was still on its way
    (committed,) = changed_at
    after = [match_id for match_id, at in published.items() if at > committed]
    assert after, "the floor changed after the last announcement: nothing was tested"
    assert stream.ids(), "nothing came before the change either: the stream was not listening"
    assert not set(stream.ids()) & set(after)


async def test_a_burst_under_the_asked_floor_takes_no_room_from_a_match_above_it(served):
    client, app = served
    b = await board(client, jobs=2)
    events = app.state.services.events
    async with Stream(app, b.recruiter_id, "subscription { matchFound(minScore: 0.9) { id } }") as stream:
        for _ in range(400):  # more than the stream's backlog, faster than it is read
            await events.publish(found(b, 0, 0.2))
        await events.publish(found(b, 1, 0.95))
        await stream.until_seen(b.jobs[1][1])
        assert stream.ids() == [b.jobs[1][1]]
