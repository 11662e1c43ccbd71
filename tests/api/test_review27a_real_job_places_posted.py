"""Review finding: postJob refuses real places as typos (3274b92)."""
from __future__ import annotations

POST = "mutation($i: JobInput!){ postJob(input: $i){ id location } }"


async def test_jobs_in_real_towns_are_posted(client):
    token, _ = await client.employer()
    refused = {}
    for place in ["Harlow", "Tartu", "Nuuk", "Soho, London"]:
        body = await client.execute(POST, {"i": {"title": "Shop manager", "description": "Runs the shop floor.",
                                                 "location": place}}, token)
        if body.get("errors"):
            refused[place] = body["errors"][0]["message"]
    assert refused == {}
