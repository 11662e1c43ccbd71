"""The reproduction from the field: the gateway killed (SIGKILL) during a burst of 40 uploads
and 40 applications. After a restart and the clients' retries, every resume reaches PARSED
or FAILED and every application is processed exactly once: nothing committed is left
without its work, and nothing is done twice."""
from __future__ import annotations

import asyncio
import sqlite3

import httpx

from tests.account_helpers import addresses_proven_in
from tests.applications_helpers import APPLY, parsed_resume
from tests.e2e.server import GatewayProcess
from tests.fixtures.documents import RESUME_TEXT
from tests.graphql_client import GraphQLClient, upload_resume

CANDIDATES, UPLOADS_EACH, JOBS = 10, 4, 4


def rows(gateway: GatewayProcess, sql: str) -> list[tuple]:
    with sqlite3.connect(gateway.data_dir / "talentgraph.sqlite3") as db:
        return db.execute(sql).fetchall()


def variant(candidate: int, n: int) -> bytes:
    return RESUME_TEXT.replace("Jordan Quill", f"Jordan Quill {candidate}-{n}").encode()


async def burst(gateway: GatewayProcess, candidates: list[tuple[str, str]], jobs: list[str]) -> list:
    async with httpx.AsyncClient(base_url=gateway.url, timeout=60) as http:
        client = GraphQLClient(http)
        calls = [upload_resume(client, token, f"cv-{c}-{n}.txt", variant(c, n))
                 for c, (token, _) in enumerate(candidates) for n in range(UPLOADS_EACH)]
        calls += [client.execute(APPLY, {"i": {"jobId": job, "resumeId": resume}}, token)
                  for token, resume in candidates for job in jobs]
        return await asyncio.gather(*calls, return_exceptions=True)


async def until(predicate, seconds: float) -> None:
    for _ in range(int(seconds / 0.1)):
        if predicate():
            return
        await asyncio.sleep(0.1)
    raise AssertionError("background work did not finish in time")


async def test_a_burst_cut_by_sigkill_is_finished_after_restart_each_item_once(tmp_path):
    gateway = GatewayProcess(tmp_path / "data")
    gateway.start()
    try:
        async with httpx.AsyncClient(base_url=gateway.url, timeout=60) as http:
            client = GraphQLClient(http)
            candidates = []
            for _ in range(CANDIDATES):
                token, _ = await client.candidate()
                candidates.append((token, await parsed_resume(client, token)))
            jobs = []
            for _ in range(JOBS):
                employer, _ = await client.employer()
                jobs.append((await client.post_job(employer))["id"])
        addresses_proven_in(tmp_path / "data" / "talentgraph.sqlite3")  # everyone is mailed

        cut = asyncio.create_task(burst(gateway, candidates, jobs))
        await until(lambda: len(rows(gateway, "SELECT id FROM resumes")) + len(rows(gateway, "SELECT id FROM applications"))
                    >= CANDIDATES + 20, 60)
        gateway.stop(kill=True)  # SIGKILL, mid-burst
        first = await cut
        assert any(isinstance(outcome, Exception) for outcome in first), "the kill came after the burst"

        gateway.start()
        retried = await burst(gateway, candidates, jobs)  # every client retries what it sent
        assert not [outcome for outcome in retried if isinstance(outcome, Exception)]
        await until(lambda: rows(gateway, "SELECT count(*) FROM resumes WHERE status IN ('UPLOADED','PROCESSING')")
                    == [(0,)], 180)
        await until(lambda: rows(gateway, "SELECT count(*) FROM applications WHERE processed_version < version")
                    == [(0,)], 60)
    finally:
        gateway.stop()
    assert rows(gateway, "SELECT count(*) FROM resumes") == [(CANDIDATES * (1 + UPLOADS_EACH),)]
    assert rows(gateway, "SELECT count(*) FROM applications") == [(CANDIDATES * JOBS,)]
    # Exactly once: one done processing item per application and per resume, none pending,
    # and one email per application to its employer and one to its candidate (the receipt).
    assert rows(gateway, "SELECT kind, state, count(*) FROM work_items WHERE kind IN ('application.process',"
                " 'resume.process') GROUP BY kind, state ORDER BY kind") == [
        ("application.process", "done", CANDIDATES * JOBS), ("resume.process", "done", CANDIDATES * (1 + UPLOADS_EACH))]
    assert rows(gateway, "SELECT count(*), count(DISTINCT json_extract(data, '$.applicationId')),"
                " count(DISTINCT json_extract(data, '$.applicationId') || user_id) FROM outbox"
                " WHERE kind = 'application' AND channel = 'email'") == [
        (2 * CANDIDATES * JOBS, CANDIDATES * JOBS, 2 * CANDIDATES * JOBS)]
