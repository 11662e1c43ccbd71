"""Each role stopped or killed mid-work loses nothing. SIGTERM to an API process: it stops
accepting, finishes the request in flight and closes websockets with 1001. SIGTERM to the
worker: the items in hand finish or are handed back at once, not counted as attempts; SIGKILL:
the next worker takes them up. Either way every resume ends parsed."""
from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from websockets.exceptions import ConnectionClosed

from tests.e2e.roles_helpers import WorkerProcess, wait_for_leased, work_states
from tests.e2e.server import GatewayProcess
from tests.e2e.ws_client import Subscription
from tests.fixtures.documents import RESUME_TEXT
from tests.graphql_client import UPLOAD, GraphQLClient, upload_resume, wait_for_resume

RESUMES = 6


@pytest.fixture
def api(tmp_path):
    process = GatewayProcess(tmp_path / "data", command=("serve", "--workers", "1"))
    process.start()
    yield process
    process.stop()


async def _upload_many(client: GraphQLClient, token: str) -> list[str]:
    uploads = await asyncio.gather(*(
        upload_resume(client, token, f"cv{n}.txt", (RESUME_TEXT + f"\nReference {n}").encode())
        for n in range(RESUMES)))
    return [u["data"]["uploadResume"]["id"] for u in uploads]


async def _all_parsed(client: GraphQLClient, token: str, ids: list[str]) -> None:
    for resume_id in ids:
        assert (await wait_for_resume(client, token, resume_id, attempts=1200))["status"] == "PARSED"


@pytest.mark.parametrize("stop", ["sigterm", "sigkill"])
async def test_a_worker_stopped_mid_work_loses_no_resume(api, stop):
    async with httpx.AsyncClient(base_url=api.url, timeout=60) as http:
        client = GraphQLClient(http)
        candidate, _ = await client.candidate()
        ids = await _upload_many(client, candidate)
        worker = WorkerProcess(api)
        worker.start()
        await asyncio.to_thread(wait_for_leased, api.data_dir)
        if stop == "sigterm":
            assert await asyncio.to_thread(worker.terminate) == 0
            # Nothing is left leased by a worker that stopped cleanly.
            assert "leased" not in work_states(api.data_dir)
        else:
            await asyncio.to_thread(worker.kill)
        assert "dead" not in work_states(api.data_dir)
        replacement = WorkerProcess(api)
        replacement.start()
        try:
            await _all_parsed(client, candidate, ids)
        finally:
            replacement.terminate()


async def test_an_api_process_told_to_stop_finishes_the_request_in_flight_and_says_going_away(api):
    async with httpx.AsyncClient(base_url=api.url, timeout=60) as http:
        client = GraphQLClient(http)
        candidate, _ = await client.candidate()
        async with Subscription(api.url, candidate) as live:
            await live.subscribe("subscription { resumeProcessed { id } }")
            await asyncio.sleep(0.3)
            sent_first_part = asyncio.Event()

            async def slow_body():
                # A multipart upload whose last part comes after the SIGTERM: in flight.
                boundary = "----graceful"
                head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n"
                        + json.dumps({"query": UPLOAD, "variables": {"file": None}})
                        + f"\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"map\"\r\n\r\n"
                        + json.dumps({"0": ["variables.file"]})
                        + f"\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"0\"; filename=\"cv.txt\"\r\n"
                        + "Content-Type: text/plain\r\n\r\n")
                yield head.encode()
                sent_first_part.set()
                await asyncio.sleep(1.5)
                yield RESUME_TEXT.encode() + f"\r\n--{boundary}--\r\n".encode()

            upload = asyncio.create_task(http.post(
                "/graphql", content=slow_body(),
                headers={"Authorization": f"Bearer {candidate}", "Apollo-Require-Preflight": "true",
                         "Content-Type": "multipart/form-data; boundary=----graceful"}))
            await sent_first_part.wait()
            await asyncio.sleep(0.2)
            api.process.terminate()
            with pytest.raises(ConnectionClosed) as closed:
                while True:
                    await asyncio.wait_for(live.socket.recv(), 10)
            assert closed.value.rcvd.code == 1001
            response = await upload
            assert response.status_code == 200
            assert response.json()["data"]["uploadResume"]["status"] == "UPLOADED"
        assert await asyncio.to_thread(api.process.wait, 30) is not None
        with pytest.raises(httpx.ConnectError):
            await http.get("/healthz")
    # The upload acknowledged during the drain was stored with its work.
    assert work_states(api.data_dir) == {"ready": 1}
