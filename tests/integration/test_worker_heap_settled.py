"""The worker role (`talentgraph worker`) moves what its start built out of the cyclic
collector's reach and runs the young pass less often before its queue workers start, as a
served process does once ready: at Python's defaults the matching queue's drain spent a
noticeable share of its event loop's time in the collector."""
from __future__ import annotations

import gc
import os
import signal
from contextlib import asynccontextmanager

from gateway.roles import worker


def _collector_sees(thing: object) -> bool:
    return any(tracked is thing for tracked in gc.get_objects())


async def test_the_worker_settles_its_heap_before_its_workers_start(settings, monkeypatch) -> None:
    thresholds = gc.get_threshold()
    seen: dict[str, object] = {}

    @asynccontextmanager
    async def background_work(_settings, services):
        seen["thresholds"] = gc.get_threshold()
        seen["services tracked"] = gc.is_tracked(services)
        seen["services collectable"] = _collector_sees(services)
        os.kill(os.getpid(), signal.SIGTERM)  # the worker's own stop signal ends the run
        yield

    monkeypatch.setattr(worker, "background_work", background_work)
    worker_settings = settings.model_copy(update={"role": "worker", "worker_niceness": 0, "embed_at_start": False,
                                                  "gc_young_threshold": 6000})
    try:
        await worker.run_worker(worker_settings)
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
    assert seen == {"thresholds": (6000, *thresholds[1:]), "services tracked": True,
                    "services collectable": False}
