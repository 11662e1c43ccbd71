"""The one periodic loop every background sweep runs on: a pass at start and then every
interval (jittered), at once when woken or when a pass says there is more, a failing pass
logged and retried after a growing pause, and nothing run after stop. Real asyncio tasks
with short intervals; each wait is bounded."""
from __future__ import annotations

import asyncio
import logging

import pytest

from adapters.periodic_task import PeriodicTask, pause_after


async def _until(predicate, seconds: float = 5.0) -> None:
    for _ in range(int(seconds / 0.01)):
        if predicate():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the loop did not get there in time")


def _counted(passes: list[int]):
    async def run() -> None:
        passes.append(1)
    return run


async def test_it_runs_at_start_and_again_every_interval():
    passes: list[int] = []
    task = PeriodicTask("test-sweep", _counted(passes), interval_seconds=0.02)
    task.start()
    try:
        await _until(lambda: len(passes) >= 3)
    finally:
        await task.stop()


async def test_a_failing_pass_is_logged_and_the_loop_keeps_going(caplog):
    passes = []

    async def run() -> None:
        passes.append(1)
        if len(passes) <= 2:
            raise RuntimeError("store unavailable")

    task = PeriodicTask("test-sweep", run, interval_seconds=0.01, failure_message="sweeping failed")
    with caplog.at_level(logging.ERROR):
        task.start()
        try:
            await _until(lambda: len(passes) >= 4)
        finally:
            await task.stop()
    failures = [r for r in caplog.records if r.getMessage().startswith("sweeping failed")]
    assert len(failures) == 2 and failures[0].exc_info[0] is RuntimeError


def test_the_pause_after_failures_doubles_up_to_its_bound_and_jitter_stays_within_its_share():
    assert pause_after(10.0, failures=0, jitter=0.0) == 10.0
    assert pause_after(10.0, failures=1, jitter=0.0) == 20.0
    assert pause_after(10.0, failures=3, jitter=0.0) == 80.0
    assert pause_after(10.0, failures=30, jitter=0.0, most_seconds=300.0) == 300.0
    spread = {pause_after(10.0, failures=0, jitter=0.1) for _ in range(200)}
    assert min(spread) >= 9.0 and max(spread) <= 11.0 and len(spread) > 1


async def test_a_wake_runs_a_pass_before_the_interval():
    passes: list[int] = []
    task = PeriodicTask("test-sweep", _counted(passes), interval_seconds=60)
    task.start()
    try:
        await _until(lambda: len(passes) == 1)
        task.wake()
        await _until(lambda: len(passes) == 2)
    finally:
        await task.stop()


async def test_a_pass_that_left_more_to_do_is_followed_at_once():
    left = [5]

    async def run() -> bool:
        left[0] -= 1
        return left[0] > 0

    task = PeriodicTask("test-sweep", run, interval_seconds=60)
    task.start()
    try:
        await _until(lambda: left[0] == 0)
    finally:
        await task.stop()


async def test_stop_ends_a_pass_in_flight_and_nothing_runs_after_it():
    started, passes = asyncio.Event(), []

    async def run() -> None:
        passes.append(1)
        started.set()
        await asyncio.sleep(60)

    task = PeriodicTask("test-sweep", run, interval_seconds=0.01)
    task.start()
    await asyncio.wait_for(started.wait(), 5)
    await asyncio.wait_for(task.stop(), 5)
    await asyncio.sleep(0.05)
    assert passes == [1]
    await task.stop()  # a second stop is harmless


@pytest.mark.parametrize("bad", [0, -1])
def test_an_interval_must_be_positive(bad):
    with pytest.raises(ValueError):
        PeriodicTask("test-sweep", lambda: None, interval_seconds=bad)  # type: ignore[arg-type]
