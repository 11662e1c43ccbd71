"""On SQLite, through the wired services: the only member's erasure commits the organization's
closing and the process dies as its jobs start closing. The organization is closed and the
person out of it at once; the job's close, queued in the closing's own transaction, is done
when a worker of the restarted services runs it; and the person's erasure, run again, goes
through (they belong to no organization any more)."""
from __future__ import annotations

import asyncio
import dataclasses
import time

import pytest

from domain.jobs import JobStatus
from domain.services.organization_closing import FINISH_CLOSING
from gateway.adapter_sets import Adapters
from gateway.auth.passwords import Argon2PasswordHasher
from gateway.backends.embedded import open_embedded
from gateway.bootstrap import Services, open_services
from tests.integration.contract.repository_backends import a_job, an_employer

PASSWORD = "correct horse battery staple"


class Crashed(Exception):
    pass


class JobsCloseCrashes:
    """The backend's jobs, but the process dies as a job's change is written."""

    def __init__(self, jobs) -> None:
        self._jobs = jobs

    def __getattr__(self, name: str):
        return getattr(self._jobs, name)

    async def update(self, *args, **kwargs) -> bool:
        raise Crashed


def _crashing(adapters: Adapters) -> Adapters:
    repositories = dataclasses.replace(adapters.repositories, jobs=JobsCloseCrashes(adapters.repositories.jobs))
    return dataclasses.replace(adapters, repositories=repositories)


async def _finish_as_a_worker(services: Services, seconds: float = 30.0) -> None:
    handle = services.lifecycle.work_handlers()[FINISH_CLOSING].handle
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        item = await services.queue.lease()
        if item is None:
            await asyncio.sleep(0.05)
            continue
        finished = item.kind == FINISH_CLOSING
        if finished:
            await handle(item.payload)
        await services.queue.complete(item)
        if finished:
            return
    raise AssertionError("no closing was queued")


async def test_a_closing_whose_job_closes_crashed_is_finished_by_a_worker(settings):
    async with open_embedded(settings) as adapters:
        async with open_services(settings, adapters=_crashing(adapters)) as services:
            founder, organization = await an_employer(services.repositories)
            founder = founder.model_copy(update={
                "password_hash": Argon2PasswordHasher(time_cost=1, memory_cost=1024).hash(PASSWORD)})
            await adapters.repositories.users.update_password(founder.id, founder.password_hash)
            job = a_job(organization.id)
            await services.repositories.jobs.add(job)

            with pytest.raises(Crashed):
                await services.lifecycle.erasure.delete_account(founder, PASSWORD)

            (closed,) = await services.repositories.organizations.get_many([organization.id])
            assert closed is not None and closed.closed_at is not None
            (still_there,) = await services.repositories.users.get_many([founder.id])
            assert still_there is not None and still_there.organization_id is None
            assert (await services.repositories.jobs.get_many([job.id]))[0].status is JobStatus.OPEN

        async with open_services(settings, adapters=adapters) as services:
            await _finish_as_a_worker(services)
            assert (await services.repositories.jobs.get_many([job.id]))[0].status is JobStatus.CLOSED
            await services.lifecycle.erasure.delete_account(still_there, PASSWORD)
            assert await services.repositories.users.get_many([founder.id]) == [None]
