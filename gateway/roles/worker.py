"""`talentgraph worker`: the durable queue's workers (extraction, embedding, matching,
notifications) in a process of their own, until SIGTERM or SIGINT."""
from __future__ import annotations

import asyncio
import logging
import signal

from adapters.embedded.sqlite.whole_transactions import reserve_writing_thread
from gateway.bootstrap import open_services
from gateway.config import Settings
from gateway.heap import settle_for_serving
from gateway.roles.background import background_work, hold_role
from gateway.roles.priority import lower_priority

log = logging.getLogger("talentgraph.worker")


def threads_to_spare(settings: Settings) -> tuple[int, ...]:
    """The native threads the worker leaves at its starting priority: the SQLite writing thread
    on the embedded backend only (on AWS no other process waits for a lock this one holds)."""
    return (reserve_writing_thread(),) if settings.backend == "embedded" else ()


async def run_worker(settings: Settings) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    # Before any service opens: its threads and processes inherit the lowered priority.
    # Except the thread that runs the write transactions on the shared SQLite file: while it
    # holds the write lock the API's writes wait, so it must not wait for a core behind
    # everything else on the machine (measured: posts' p99 while draining ~400 -> ~100 ms).
    lower_priority(settings.worker_niceness, spared=threads_to_spare(settings))
    with hold_role(settings):
        async with open_services(settings) as services:
            # What the start built (services, the model, the skill vocabulary) lives as long as
            # the process: out of the collector's full passes, and the young pass less often,
            # as a serving process has it. Left at Python's defaults the matching queue's drain
            # spent ~1.5 ms of a job's ~30 ms of CPU in the collector (docs/match-storage.md).
            settle_for_serving(settings.gc_young_threshold)
            async with background_work(settings, services):
                log.info("worker ready: %d workers on %s (backend %s)",
                         settings.queue_workers, settings.data_dir.resolve(), settings.backend)
                await stop.wait()
                log.info("worker stopping")
            await services.events.drain()
