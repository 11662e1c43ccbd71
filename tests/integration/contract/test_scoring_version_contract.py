"""Which scoring made the stored scores, on both backends, through one port
(domain.ports.scoring_version): a process scoring with a newer version queues every open job
once to be matched again; an older one never lowers the record; starts racing each other
leave every open job queued and the record at the newest version (two SQLite connections to
one file, as two processes have; on AWS two records on the moto server's table)."""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import SimpleNamespace

import pytest

from domain.jobs import JobStatus
from domain.ports.scoring_version import ScoringVersionRecord
from tests.integration.contract.conftest import BACKENDS
from tests.integration.contract.repository_backends import a_job, an_employer
from tests.integration.contract.test_work_with_change_contract import leased_payloads, store_on

# Far above the versions scoring has had, so both backends start from a record below it.
NEWER = 1000


@pytest.fixture(params=BACKENDS)
async def backend(request, tmp_path, database, aws_clients, aws_names):
    """The repositories with their queue, and `record()`: a new process's view of the record."""
    store = await store_on(request.param, database, aws_clients, aws_names)
    if request.param == "embedded":
        from adapters.embedded.sqlite.database import Database
        from adapters.embedded.sqlite.scoring_version import SqliteScoringVersion

        opened: list[Database] = []

        async def sqlite_record() -> ScoringVersionRecord:
            db = Database(tmp_path / "contract.sqlite3")
            await db.open()
            opened.append(db)
            return SqliteScoringVersion(db)

        yield SimpleNamespace(record=sqlite_record, repositories=store)
        for db in opened:
            await db.close()
        return
    from adapters.aws.dynamodb.access import DynamoTable
    from adapters.aws.dynamodb.scoring_version import DynamoScoringVersion

    table = DynamoTable(await aws_clients.get("dynamodb"), aws_names["table"])

    async def aws_record() -> ScoringVersionRecord:
        return DynamoScoringVersion(table)

    yield SimpleNamespace(record=aws_record, repositories=store)


async def open_and_closed_jobs(repositories) -> tuple[list[str], str]:
    _, acme = await an_employer(repositories)
    open_jobs = [a_job(acme.id, minute=n) for n in range(3)]
    closed = a_job(acme.id, status=JobStatus.CLOSED)
    for job in (*open_jobs, closed):
        await repositories.jobs.add(job)
    return [job.id for job in open_jobs], closed.id


def job_ids(payloads: list[dict]) -> list[str]:
    return sorted(payload["job_id"] for payload in payloads)


async def test_a_newer_scoring_queues_every_open_job_once_and_adopting_it_again_queues_nothing(backend):
    record = await backend.record()
    assert await record.adopt(NEWER)
    await backend.repositories.restart()
    await leased_payloads(backend.repositories.queue)  # whatever the first record queued
    open_ids, _closed = await open_and_closed_jobs(backend.repositories)

    assert await record.adopt(NEWER + 1)
    await backend.repositories.restart()
    assert job_ids(await leased_payloads(backend.repositories.queue)) == sorted(open_ids)

    assert not await (await backend.record()).adopt(NEWER + 1)
    await backend.repositories.restart()
    assert await backend.repositories.queue.lease() is None


async def test_an_older_scoring_neither_queues_nor_lowers_the_record(backend):
    record = await backend.record()
    assert await record.adopt(NEWER + 1)
    await backend.repositories.restart()
    await leased_payloads(backend.repositories.queue)
    await open_and_closed_jobs(backend.repositories)

    assert not await (await backend.record()).adopt(NEWER)
    await backend.repositories.restart()
    assert await backend.repositories.queue.lease() is None
    # Still the newer one's: adopting it again is no change.
    assert not await record.adopt(NEWER + 1)


@pytest.mark.parametrize("starts", [2, 4])
async def test_starts_racing_to_adopt_a_newer_scoring_leave_every_open_job_queued(backend, starts: int):
    record = await backend.record()
    assert await record.adopt(NEWER)
    await backend.repositories.restart()
    await leased_payloads(backend.repositories.queue)
    open_ids, _closed = await open_and_closed_jobs(backend.repositories)
    records = [await backend.record() for _ in range(starts)]
    adopt: Callable[[ScoringVersionRecord], object] = lambda r: r.adopt(NEWER + 1)  # noqa: E731

    outcomes = await asyncio.gather(*(adopt(r) for r in records))
    assert any(outcomes)
    await backend.repositories.restart()
    # At least once each (the queue's contract is at least once; matching a job again is idempotent).
    assert set(job_ids(await leased_payloads(backend.repositories.queue))) == set(open_ids)
    assert not await (await backend.record()).adopt(NEWER + 1)
