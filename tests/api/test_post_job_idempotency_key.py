"""A double-clicked postJob, sent twice at once with the same idempotencyKey, posts one job
and both answers name it; the key reused for other content is refused, and without a key
two identical openings stay two jobs (that can be meant)."""
from __future__ import annotations

import asyncio

POST = "mutation($i: JobInput!, $k: String){ postJob(input: $i, idempotencyKey: $k){ id title } }"
MINE = "{ me { organization { jobs(first: 50) { edges { node { id } } } } } }"
NURSE = {"title": "Enfermeira(o) de UTI adulto", "description": "Plantões 12x36 na UTI; COREN ativo.",
         "salary": {"min": 6500, "max": 8200, "currency": "BRL", "period": "MONTH"}}


async def _job_ids(client, token) -> list[str]:
    data = await client.data(MINE, token=token)
    return [edge["node"]["id"] for edge in data["me"]["organization"]["jobs"]["edges"]]


async def test_a_double_submitted_post_with_one_key_posts_one_job(client):
    token, _ = await client.employer()
    key = "6f0b7c1e-4b1a-4e55-9d0e-double-click"
    first, second = await asyncio.gather(*(client.data(POST, {"i": NURSE, "k": key}, token) for _ in range(2)))
    assert first["postJob"]["id"] == second["postJob"]["id"]
    assert await _job_ids(client, token) == [first["postJob"]["id"]]

    reused = (await client.execute(POST, {"i": {**NURSE, "title": "Técnico(a) de enfermagem"}, "k": key},
                                   token))["errors"][0]
    assert reused["extensions"]["code"] == "CONFLICT"
    assert reused["extensions"]["reason"] == "IDEMPOTENCY_KEY_REUSED" and "new key" in reused["message"]

    blank = (await client.execute(POST, {"i": NURSE, "k": "   "}, token))["errors"][0]
    assert blank["extensions"]["code"] == "BAD_USER_INPUT" and blank["extensions"]["field"] == "idempotencyKey"

    await client.data(POST, {"i": NURSE, "k": None}, token)
    await client.data(POST, {"i": NURSE, "k": None}, token)
    assert len(await _job_ids(client, token)) == 3
