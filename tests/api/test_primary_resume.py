"""The primary resume over GraphQL on both backends: marking one makes every match come from
it (over a better-fitting one), unmarking brings the best fit back, only the owner may mark,
and two marks sent at once leave exactly one primary and the matches following it."""
from __future__ import annotations

import asyncio
import uuid

from resolvers.ids import to_global_id
from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.resume_choice_helpers import (  # noqa: F401
    GOOD,
    RESUMES,
    SET_PRIMARY,
    WEAKER,
    backend,
    settings,
    settled,
    two_jobs,
    with_resume,
)


async def _primaries(client, token) -> list[str]:
    edges = (await client.data(RESUMES, token=token))["me"]["resumes"]["edges"]
    return [e["node"]["id"] for e in edges if e["node"]["primary"]]


async def test_the_primary_resume_overrides_the_best_fitting_one_until_unmarked(backend):
    client = backend
    token, _ = await client.candidate()
    backend_job, _ = await two_jobs(client)
    good = await with_resume(client, token, GOOD)
    weaker = await with_resume(client, token, WEAKER)
    await settled(client, token, lambda m: m.get(backend_job, ("",))[0] == good)
    assert await _primaries(client, token) == []

    marked = await client.data(SET_PRIMARY, {"id": weaker, "p": True}, token)
    assert marked["setPrimaryResume"] == {"id": weaker, "primary": True}
    from_weaker = await settled(client, token, lambda m: m and all(r == weaker for r, _ in m.values()))
    assert backend_job in from_weaker
    assert await _primaries(client, token) == [weaker]

    unmarked = await client.data(SET_PRIMARY, {"id": weaker, "p": False}, token)
    assert unmarked["setPrimaryResume"] == {"id": weaker, "primary": False}
    await settled(client, token, lambda m: m.get(backend_job, ("",))[0] == good)
    assert await _primaries(client, token) == []


async def test_only_the_owner_may_mark_a_resume_primary(backend):
    client = backend
    token, _ = await client.candidate()
    other, _ = await client.candidate()
    employer, _ = await client.employer()
    resume = await with_resume(client, token, GOOD)
    # Another candidate hears what an unknown id tells (FORBIDDEN would confirm the résumé
    # exists); an employer may mark no résumé at all.
    for stranger, code in ((other, "NOT_FOUND"), (employer, "FORBIDDEN")):
        body = await client.execute(SET_PRIMARY, {"id": resume, "p": True}, stranger)
        assert body["errors"][0]["extensions"]["code"] == code
        assert body["data"] is None
    assert await _primaries(client, token) == []
    body = await client.execute(SET_PRIMARY, {"id": to_global_id("Resume", uuid.uuid4().hex), "p": True}, token)
    assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"


async def test_two_marks_sent_at_once_leave_one_primary_and_the_matches_follow_it(backend):
    client = backend
    token, _ = await client.candidate()
    backend_job, _ = await two_jobs(client)
    good = await with_resume(client, token, GOOD)
    weaker = await with_resume(client, token, WEAKER)
    for _ in range(3):
        answers = await asyncio.gather(*(client.data(SET_PRIMARY, {"id": r, "p": True}, token) for r in (good, weaker)))
        assert all(a["setPrimaryResume"]["primary"] for a in answers)
        (winner,) = await _primaries(client, token)
        matches = await settled(client, token, lambda m, winner=winner: m and all(r == winner for r, _ in m.values()))
        assert matches[backend_job][0] == winner
