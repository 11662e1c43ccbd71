"""An announcement that fails every time is not retried forever: the relay (the worker's
sweep, or any later write) tries a record up to the store's number of attempts, waiting
longer after each failure, then the record is kept aside as dead, logged with its id and
counted, and nothing tries it again. Real SQLite file; the notifier that always fails is the
fake at the edge."""
from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

from tests.fakes.notifier import FlakyNotifier
from tests.integration.test_match_announcements_survive_failures import _batches, _opened, _Recording


async def _relay_until_dead(world, deadline_seconds: float) -> int:
    """Relay passes (as the sweep runs them) until one record is dead; how many passes."""
    passes, until = 0, time.monotonic() + deadline_seconds
    while await world.store.dead_announcements() == 0 and time.monotonic() < until:
        passes += 1
        try:
            await world.store.relay_pending()
        except ConnectionError:
            pass
        await asyncio.sleep(0.1)
    return passes


async def test_an_announcement_failing_every_attempt_is_kept_aside_after_the_limit(tmp_path: Path, caplog):
    notifier = FlakyNotifier(_Recording(), failures=10**6)
    world = await _opened(tmp_path / "m.sqlite3", notifier=notifier)
    world.store.announcement_attempts = 2
    try:
        jobs, batches = await _batches(world, jobs_count=1, people_count=2)
        try:
            await world.store.store_many(batches, jobs)
        except ConnectionError:
            pass  # the writer's own attempt fails too: its record is handed back at once
        assert notifier.calls == 1

        with caplog.at_level(logging.WARNING):
            passes = await _relay_until_dead(world, deadline_seconds=30)
        assert await world.store.dead_announcements() == 1
        # The writer's attempt and the two the store allows; the waits in between grew.
        assert notifier.calls == 3, f"{notifier.calls} sends in {passes} relay passes"
        (record,) = {p for batch in batches for p in world.repos.matches.announcement_records(batch[:1])}
        assert any(record in r.getMessage() and "dead" in r.getMessage() for r in caplog.records)

        for _ in range(5):  # the sweep goes on: nothing tries the dead record again
            await world.store.relay_pending()
        assert notifier.calls == 3
        assert await world.db.fetch_all("SELECT id FROM match_announcements") == []
    finally:
        await world.db.close()


def test_retries_wait_longer_each_time_up_to_a_cap():
    from domain.services.matching_store import retry_delay

    # The writer's own records and a first relay's: at once (the retry of the batch, the next write).
    assert retry_delay(0) == retry_delay(1) == 0
    delays = [retry_delay(n) for n in range(2, 21)]
    assert delays[:4] == [1, 2, 4, 8]
    assert delays == sorted(delays) and max(delays) == 300
