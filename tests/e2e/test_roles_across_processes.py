"""`talentgraph run`: API processes (uvicorn's process manager) and a worker process on one data
dir. Work uploaded to an API process is done by the worker; events the worker or another API
process causes reach websocket subscribers on every API process; the model is loaded by the
worker only."""
from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from websockets.exceptions import ConnectionClosed

from tests.applications_helpers import APPLY
from tests.e2e.process_tree import command_line, descendants, maps_library, niceness
from tests.e2e.server import GatewayProcess
from tests.e2e.ws_client import Subscription
from tests.fixtures.documents import RESUME_TEXT
from tests.graphql_client import GraphQLClient, raw_id, upload_resume

SOCKETS = 6  # several per API process, whichever process the kernel hands each one to
WORKER_SECONDS = 600  # a bound on a starved worker's progress, not a speed target
DELIVERY_SECONDS = 30  # from the commit to every socket: API processes tail the log every 20 ms
STATUS = "query($id: ID!){ node(id: $id){ ... on Resume { status } } }"


@pytest.fixture
def deployment(tmp_path):
    process = GatewayProcess(tmp_path / "data", command=("run", "--workers", "2"))
    process.start()
    yield process
    process.stop()


async def _status_once_worked(client: GraphQLClient, token: str, resume_id: str) -> str:
    """The résumé's status once the worker is done with it. The worker runs at nice 10 and
    gets what the API and anything else on the machine leave it (docs/processes.md): under
    other load it may take minutes, so its progress is waited on here, bounded loosely and
    polled gently (each poll is nice-0 API work that the worker would yield to)."""
    deadline = time.monotonic() + WORKER_SECONDS
    while True:
        status = (await client.data(STATUS, {"id": resume_id}, token))["node"]["status"]
        if status in ("PARSED", "FAILED") or time.monotonic() > deadline:
            return status
        await asyncio.sleep(0.5)


async def _parsed_resume(client: GraphQLClient, token: str) -> str:
    """A résumé uploaded and parsed by the worker, waited on as above."""
    resume = (await upload_resume(client, token, "cv.txt", RESUME_TEXT.encode()))["data"]["uploadResume"]
    assert await _status_once_worked(client, token, resume["id"]) == "PARSED"
    return resume["id"]


def roles(deployment: GatewayProcess) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {"worker": [], "api": []}
    for pid in descendants(deployment.process.pid):
        line = command_line(pid)
        if "gateway.cli worker" in line:
            found["worker"].append(pid)
        elif "multiprocessing.spawn" in line and _parent(pid) == deployment.process.pid:
            found["api"].append(pid)  # uvicorn's API processes (not the worker's extraction pool)
    return found


def _parent(pid: int) -> int:
    from pathlib import Path

    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])


async def test_an_upload_to_an_api_process_is_parsed_by_the_worker_and_pushed_to_every_socket(deployment):
    async with httpx.AsyncClient(base_url=deployment.url, timeout=60) as http:
        client = GraphQLClient(http)
        candidate, _ = await client.candidate()
        subscriptions = [Subscription(deployment.url, candidate) for _ in range(SOCKETS)]
        for sub in subscriptions:
            await sub.__aenter__()
        try:
            for sub in subscriptions:
                await sub.subscribe("subscription { resumeProcessed { id status } }")
            # graphql-transport-ws acknowledges no subscribe; a stream is registered within a few
            # ms of nice-0 API work, the event comes only after the worker extracted, parsed and
            # embedded the résumé (seconds of its CPU at nice 10, begun after this).
            await asyncio.sleep(0.3)
            resume = (await upload_resume(client, candidate, "cv.txt", RESUME_TEXT.encode()))["data"]["uploadResume"]
            assert await _status_once_worked(client, candidate, resume["id"]) == "PARSED"
            # The worker appends the event right after storing PARSED: from here on every socket
            # has it within the delivery bound, however slow the worker's share made it so far.
            for sub in subscriptions:
                message = await sub.next(timeout=DELIVERY_SECONDS)
                assert message["payload"]["data"]["resumeProcessed"] == {"id": resume["id"], "status": "PARSED"}
        finally:
            for sub in subscriptions:
                await sub.__aexit__(None, None, None)
    found = roles(deployment)
    assert len(found["worker"]) == 1 and len(found["api"]) == 2, found
    # The model (torch) is in the worker only; the API processes never load it.
    assert maps_library(found["worker"][0], "torch")
    assert not any(maps_library(pid, "torch") for pid in found["api"])
    # The worker yields the cores to the API where they share them.
    assert {niceness(found["worker"][0]) - niceness(pid) for pid in found["api"]} == {10}


async def test_application_updates_made_by_the_worker_reach_both_sides_on_any_api_process(deployment):
    async with httpx.AsyncClient(base_url=deployment.url, timeout=60) as http:
        client = GraphQLClient(http)
        candidate, _ = await client.candidate()
        resume = await _parsed_resume(client, candidate)
        employer, _ = await client.employer()
        job = await client.post_job(employer)
        tokens = [candidate, employer] * (SOCKETS // 2)
        subscriptions = [Subscription(deployment.url, token) for token in tokens]
        for sub in subscriptions:
            await sub.__aenter__()
        try:
            for sub in subscriptions:
                await sub.subscribe("subscription { applicationUpdated { id status } }")
            await asyncio.sleep(0.3)
            application = (await client.data(
                APPLY, {"i": {"jobId": job["id"], "resumeId": resume}}, candidate))["applyToJob"]
            # The worker publishes the update (at nice 10, as long as its share takes); once the
            # first socket has it, the others must follow within the delivery bound.
            for at, sub in enumerate(subscriptions):
                message = await sub.next(timeout=WORKER_SECONDS if at == 0 else DELIVERY_SECONDS)
                assert message["payload"]["data"]["applicationUpdated"] == {
                    "id": application["id"], "status": "SUBMITTED"}
        finally:
            for sub in subscriptions:
                await sub.__aexit__(None, None, None)


async def test_a_logout_on_one_api_process_closes_the_sessions_sockets_on_every_process(deployment):
    async with httpx.AsyncClient(base_url=deployment.url, timeout=60) as http:
        client = GraphQLClient(http)
        candidate, _ = await client.candidate()
        subscriptions = [Subscription(deployment.url, candidate) for _ in range(SOCKETS)]
        for sub in subscriptions:
            await sub.__aenter__()
            await sub.subscribe("subscription { resumeProcessed { id } }")
        await asyncio.sleep(0.3)
        await client.data("mutation { logout }", token=candidate)
        for sub in subscriptions:
            with pytest.raises(ConnectionClosed) as closed:
                while True:  # an error or complete for the stream may come before the close
                    await asyncio.wait_for(sub.socket.recv(), 10)
            assert closed.value.rcvd.code == 4401


def _wait_for_worker(deployment: GatewayProcess, seconds: float = 60) -> int:
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        workers = roles(deployment)["worker"]
        if workers:
            return workers[0]
        time.sleep(0.1)
    raise TimeoutError("the worker role did not start")


def test_sigterm_to_run_stops_every_role_process(deployment):
    _wait_for_worker(deployment)
    started = descendants(deployment.process.pid)
    assert len(started) >= 3
    deployment.process.terminate()
    assert deployment.process.wait(timeout=60) == 0
    assert _survivors(started) == []
    deployment.process = None


def _survivors(pids: list[int], seconds: float = 10) -> list[str]:
    """Those still running after a moment (a helper such as multiprocessing's resource tracker
    ends when it sees its parent gone)."""
    import time

    from tests.e2e.process_tree import alive

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(alive(pid) for pid in pids):
        time.sleep(0.1)
    return [command_line(pid) for pid in pids if alive(pid)]


def test_a_worker_that_dies_takes_the_deployment_down_with_a_failure(deployment):
    import os
    import signal

    worker = _wait_for_worker(deployment)
    started = descendants(deployment.process.pid)
    os.kill(worker, signal.SIGKILL)
    assert deployment.process.wait(timeout=60) == 1
    assert _survivors(started) == []
    deployment.process = None


async def test_an_erased_persons_events_leave_the_event_log_once_every_process_has_read_them(deployment):
    import sqlite3
    import time

    async with httpx.AsyncClient(base_url=deployment.url, timeout=60) as http:
        client = GraphQLClient(http)
        candidate, user = await client.candidate()
        await _parsed_resume(client, candidate)
        await client.data("mutation($p: String!){ deleteAccount(password: $p) }",
                          {"p": "correct horse battery staple"}, candidate)
    user_id = raw_id(user["id"])
    # Bounded loosely, not a timing target: the worker (nice 10) is one of the readers.
    deadline = time.monotonic() + WORKER_SECONDS
    while True:
        with sqlite3.connect(deployment.data_dir / "talentgraph.sqlite3", timeout=10) as conn:
            left = conn.execute("SELECT name FROM event_log WHERE instr(body, ?) > 0", (user_id,)).fetchall()
        if not left or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.1)
    assert left == []
