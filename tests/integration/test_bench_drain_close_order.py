"""bench_drain's `stored` closes its services only after the event handlers started during the
drain have finished, as the production roles do (gateway/roles/worker.py): a handler still
running would otherwise meet a closed database. Real services on a real data dir; the one
stand-in is a slow handler subscribed to every event."""
from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager

from domain.events import JobPosted
from gateway.bootstrap import open_services
from tests.bench import bench_drain


async def test_handlers_started_during_the_drain_finish_before_the_services_close(tmp_path, monkeypatch):
    finished: list[str] = []
    open_at_close: list[bool] = []

    @asynccontextmanager
    async def services_with_a_slow_handler(settings):
        async with open_services(settings) as services:
            async def slow(event) -> None:
                await asyncio.sleep(0.3)
                finished.append(event.name)

            services.events.subscribe("*", slow)
            await services.events.publish(JobPosted(job_id="j1", organization_id="o1"))
            yield services
            open_at_close.append(finished == ["JobPosted"])

    monkeypatch.setattr(bench_drain, "open_services", services_with_a_slow_handler)
    source = tmp_path / "source"
    source.mkdir()
    assert await bench_drain.stored(source) == []
    assert open_at_close == [True]
