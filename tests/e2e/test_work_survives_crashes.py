"""A change and the work that follows it are stored together: a gateway that dies right
after a resume or an application is committed still processes it after a restart, once,
and a client's retry of that request finds it rather than losing it. The crash is real
(os._exit in the server process, tests/e2e/crash_seam), right after the row's commit."""
from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import httpx
import pytest

from tests.account_helpers import addresses_proven_in
from tests.applications_helpers import APPLY, ready_to_apply
from tests.e2e.server import ROOT, GatewayProcess
from tests.fixtures.documents import RESUME_TEXT
from tests.graphql_client import client_at, raw_id, upload_resume, wait_for_resume

SEAM = Path(__file__).parent / "crash_seam"


def crashing_gateway(data_dir: Path, table: str) -> GatewayProcess:
    return GatewayProcess(data_dir, env={
        "PYTHONPATH": f"{ROOT}:{SEAM}", "TALENTGRAPH_TEST_CRASH_AFTER_INSERT_INTO": table})


def rows(data_dir: Path, sql: str, params: tuple = ()) -> list[tuple]:
    with sqlite3.connect(data_dir / "talentgraph.sqlite3") as db:
        return db.execute(sql, params).fetchall()


async def until_rows(data_dir: Path, sql: str, expected: list[tuple]) -> None:
    """Polls until `sql` reads `expected` (at most ten seconds); the caller asserts after."""
    for _ in range(200):
        if rows(data_dir, sql) == expected:
            return
        await asyncio.sleep(0.05)


async def wait_for_exit(gateway: GatewayProcess) -> None:
    for _ in range(200):
        if gateway.process.poll() is not None:
            gateway.process = None
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the crash seam did not end the gateway")


async def test_an_upload_committed_just_before_a_crash_is_parsed_after_restart_and_a_retry_finds_it(tmp_path):
    data = tmp_path / "data"
    gateway = crashing_gateway(data, "resumes")
    gateway.start()
    try:
        async with client_at(gateway.url) as client:
            token, _ = await client.candidate()
            with pytest.raises(httpx.HTTPError):  # the server dies mid-request
                await upload_resume(client, token, "cv.txt", RESUME_TEXT.encode())
        await wait_for_exit(gateway)
        stored = rows(data, "SELECT id, status FROM resumes")
        assert [status for _, status in stored] == ["UPLOADED"]
        (resume_id, _), = stored
        # Committed with its row: the work is there before any restart or reconciliation.
        assert rows(data, "SELECT state FROM work_items WHERE dedupe_key = ?", (f"resume:{resume_id}",)) == [("ready",)]

        gateway = GatewayProcess(data)
        gateway.start()
        async with client_at(gateway.url) as client:
            retried = (await upload_resume(client, token, "cv.txt", RESUME_TEXT.encode()))["data"]["uploadResume"]
            assert raw_id(retried["id"]) == resume_id
            assert (await wait_for_resume(client, token, retried["id"]))["status"] == "PARSED"
    finally:
        gateway.stop()
    assert rows(data, "SELECT state FROM work_items WHERE kind = 'resume.process'") == [("done",)]


async def test_an_application_committed_just_before_a_crash_is_processed_once_after_restart(tmp_path):
    data = tmp_path / "data"
    gateway = crashing_gateway(data, "applications")
    gateway.start()
    try:
        async with client_at(gateway.url) as client:
            ready = await ready_to_apply(client)
            addresses_proven_in(data / "talentgraph.sqlite3")  # both are mailed
            with pytest.raises(httpx.HTTPError):
                await client.data(APPLY, ready.application, ready.candidate)
        await wait_for_exit(gateway)
        (application_id,), = rows(data, "SELECT id FROM applications")
        assert rows(data, "SELECT state FROM work_items WHERE dedupe_key = ?",
                    (f"application:{application_id}:1",)) == [("ready",)]

        gateway = GatewayProcess(data)
        gateway.start()
        async with client_at(gateway.url) as client:
            assert await client.error_code(APPLY, ready.application, ready.candidate) == "CONFLICT"
            await until_rows(data, "SELECT processed_version FROM applications", [(1,)])
    finally:
        gateway.stop()
    assert rows(data, "SELECT processed_version, resume_snapshot IS NOT NULL FROM applications") == [(1, 1)]
    assert rows(data, "SELECT state FROM work_items WHERE kind = 'application.process'") == [("done",)]
    # Once: the employer is told of the submission once, and the candidate who made it gets its
    # receipt once (each on each of their channels).
    told = rows(data, "SELECT user_id, channel FROM outbox WHERE kind = 'application'")
    people = {user for user, _ in told}
    assert raw_id(ready.employer_user["id"]) in people and len(people) == 2
    assert len(told) == len(set(told))


async def test_rows_left_without_work_by_an_older_version_are_processed_at_start(tmp_path):
    """Rows committed by a version that queued work after the commit, its work lost to a kill."""
    data = tmp_path / "data"
    gateway = GatewayProcess(data)
    gateway.start()
    try:
        async with client_at(gateway.url) as client:
            ready = await ready_to_apply(client)
            await client.data(APPLY, ready.application, ready.candidate)
        gateway.stop(kill=True)
        # As the older version left them: the rows, and no work item for them.
        with sqlite3.connect(data / "talentgraph.sqlite3") as db:
            db.execute("UPDATE resumes SET status = 'UPLOADED', parsed = NULL")
            db.execute("UPDATE applications SET processed_version = 0, resume_snapshot = NULL")
            db.execute("DELETE FROM work_items")
            db.execute("DELETE FROM outbox WHERE kind = 'application'")
        gateway.start()
        async with client_at(gateway.url) as client:
            assert (await wait_for_resume(client, ready.candidate, ready.resume))["status"] == "PARSED"
            await until_rows(data, "SELECT processed_version FROM applications", [(1,)])
    finally:
        gateway.stop()
    assert rows(data, "SELECT processed_version, resume_snapshot IS NOT NULL FROM applications") == [(1, 1)]
    assert rows(data, "SELECT count(*) FROM work_items WHERE kind = 'application.process'") == [(1,)]
