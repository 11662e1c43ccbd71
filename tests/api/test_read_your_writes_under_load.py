"""A person who has just signed up is signed in on their very next request, however busy the
server is with background work (jobs posted and indexed, resumes parsed, the queue busy)."""
from __future__ import annotations

import asyncio
import itertools

import pytest

from tests.account_helpers import quick_password_hashing
from tests.graphql_client import REGISTER, upload_resume

SIGN_UPS = 500
AT_ONCE = 8
ME = "{ me { id } }"
RESUME = b"Ada Lovelace\nada@example.com\nSkills: Python, SQL, GraphQL\nBackend engineer at Example 2019-2024\n"


@pytest.fixture
def settings(settings):
    """Real argon2id with its cheapest parameters: 500 sign-ups at the production cost would
    take minutes on a shared test machine, and hashing cost plays no part in what is tested."""
    return quick_password_hashing(settings)


async def _background_work(client, stop: asyncio.Event) -> int:
    """Jobs posted (indexed by the workers) and resumes uploaded (parsed by them) until told to stop."""
    employer = (await client.register("EMPLOYER"))["accessToken"]
    done = 0
    while not stop.is_set():
        await client.post_job(employer, title=f"Engineer {done}")
        candidate = (await client.register("CANDIDATE"))["accessToken"]
        body = await upload_resume(client, candidate, f"resume-{done}.txt", RESUME + str(done).encode(), "text/plain")
        assert not body.get("errors"), body
        done += 1
    return done


async def test_every_new_sign_up_is_signed_in_on_its_first_request_while_work_runs(client):
    numbers = itertools.count()
    failures: list[dict] = []
    slots = asyncio.Semaphore(AT_ONCE)

    async def sign_up_and_ask() -> None:
        n = next(numbers)
        payload = {"email": f"rush{n}@example.com", "password": "correct horse battery staple", "name": f"Rush {n}",
                   "role": "CANDIDATE"}
        async with slots:
            signed = (await client.data(REGISTER, {"input": payload}))["register"]
            body = await client.execute(ME, token=signed["accessToken"])
        if body.get("errors") or body["data"]["me"]["id"] != signed["user"]["id"]:
            failures.append(body)

    stop = asyncio.Event()
    background = asyncio.create_task(_background_work(client, stop))
    try:
        await asyncio.gather(*(sign_up_and_ask() for _ in range(SIGN_UPS)))
    finally:
        stop.set()
        background_rounds = await background
    assert failures == [], f"{len(failures)} of {SIGN_UPS} new sign-ups were refused: {failures[:3]}"
    assert background_rounds > 0
