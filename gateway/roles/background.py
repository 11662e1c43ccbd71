"""What runs beside the requests, by role: the queue's workers and the notification
dispatcher run in the worker role (alone or in one process with the API); an API process
runs neither, so background work never takes its core."""
from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import TYPE_CHECKING

from gateway.config import Settings
from gateway.roles.announcement_sweep import AnnouncementSweep
from gateway.roles.data_dir_lock import hold_data_dir
from gateway.roles.job_closing_sweep import JobClosingSweep
from gateway.roles.trash_sweep import TrashSweeping
from gateway.workers import WorkerPool

if TYPE_CHECKING:
    from gateway.bootstrap import Services


def runs_api(settings: Settings) -> bool:
    return settings.role in ("all", "api")


def runs_work(settings: Settings) -> bool:
    return settings.role in ("all", "worker")


@contextmanager
def hold_role(settings: Settings) -> Iterator[None]:
    """Joins the deployment on the embedded data dir in this process's role (refused with a
    clear line when another deployment, or another worker process, holds it)."""
    if settings.backend != "embedded":
        yield
        return
    api_address = f"{settings.host}:{settings.port}" if runs_api(settings) else None
    with hold_data_dir(settings.data_dir, api_address=api_address, worker=runs_work(settings)):
        yield


@asynccontextmanager
async def background_work(settings: Settings, services: Services) -> AsyncIterator[WorkerPool | None]:
    """Starts the role's background work; on exit workers stop taking items, the ones in hand
    get `graceful_shutdown_seconds` to finish, and the rest are handed back to the queue."""
    if not runs_work(settings):
        yield None
        return
    workers = services.worker_pool()
    workers.start()
    dispatcher = services.lifecycle.dispatcher if services.lifecycle else None
    if dispatcher is not None:
        dispatcher.start()
    sweep = AnnouncementSweep(services.matching.store.relay_pending) if services.matching else None
    if sweep is not None:
        sweep.start()
    trash = TrashSweeping(services.trash_sweep.sweep, settings.trash_sweep_seconds)
    trash.start()
    closing = JobClosingSweep(services.jobs.close_due, settings.job_closing_sweep_seconds)
    closing.start()
    try:
        yield workers
    finally:
        await closing.stop()
        await trash.stop()
        if sweep is not None:
            await sweep.stop()
        await workers.stop(settings.graceful_shutdown_seconds)
        if dispatcher is not None:
            await dispatcher.stop()
