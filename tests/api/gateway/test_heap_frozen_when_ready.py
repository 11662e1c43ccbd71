"""A served process moves what its start-up built (services, caches, the skill vocabulary the
warm-up loads) out of the cyclic collector's reach once it is ready: those objects live as
long as the process, and a full collection that walked them on every pass cost the gateway
more per request than the request's own garbage. Apps built in a test process (many per
run) keep their objects collectable and Python's collector thresholds: only the serving
commands ask for them."""
from __future__ import annotations

import asyncio
import gc

from asgi_lifespan import LifespanManager

from gateway.app import create_app


def _collector_sees(thing: object) -> bool:
    return any(tracked is thing for tracked in gc.get_objects())


async def _started(app) -> None:
    for _ in range(600):
        if getattr(app.state, "ready", False):
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the app never said it was ready")


async def test_a_served_app_freezes_what_start_up_built_once_ready(settings):
    thresholds = gc.get_threshold()
    app = create_app(settings.model_copy(update={"gc_young_threshold": 5000}))
    app.state.freeze_heap_when_ready = True  # what `talentgraph serve` sets
    try:
        async with LifespanManager(app, startup_timeout=60, shutdown_timeout=60):
            await _started(app)
            services = app.state.services
            assert gc.is_tracked(services)
            assert not _collector_sees(services)
            assert gc.get_threshold() == (5000, *thresholds[1:])
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


async def test_an_app_built_in_process_keeps_its_objects_collectable(settings):
    frozen_before, thresholds = gc.get_freeze_count(), gc.get_threshold()
    app = create_app(settings)
    async with LifespanManager(app, startup_timeout=60, shutdown_timeout=60):
        await _started(app)
        assert _collector_sees(app.state.services)
    assert gc.get_freeze_count() == frozen_before
    assert gc.get_threshold() == thresholds
