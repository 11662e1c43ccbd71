"""A job's title or location made only of emoji, symbols or punctuation is refused (as search
refuses such a query or place filter): no word of it could ever be searched, and no place
filter could ever find the job. Emoji beside words are kept."""
from __future__ import annotations

import pytest

POST = "mutation($i: JobInput!){ postJob(input: $i){ id title location } }"
UPDATE = "mutation($id: ID!, $i: JobUpdateInput!){ updateJob(id: $id, input: $i){ id title location } }"
JOB = "query($id: ID!){ job(id: $id){ title location } }"


@pytest.mark.parametrize(("fields", "field"), [
    ({"title": "🚑🚑"}, "title"), ({"title": "★ – ★"}, "title"), ({"location": "🏥"}, "location"),
])
async def test_text_without_letters_or_digits_is_refused_on_post(client, fields, field):
    token, _ = await client.employer()
    body = await client.execute(POST, {"i": {"title": "Paramedic", "description": "Emergency care.", **fields}}, token)
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and error["extensions"]["field"] == field
    assert "letters or digits" in error["message"]


async def test_text_without_letters_or_digits_is_refused_on_update_and_nothing_changes(client):
    token, _ = await client.employer()
    job = await client.post_job(token, title="Paramedic 🚑", description="Emergency care.", location="Leeds, UK")
    assert job["title"] == "Paramedic 🚑"
    for fields in ({"title": "🚑"}, {"location": "📍"}):
        (error,) = (await client.execute(UPDATE, {"id": job["id"], "i": fields}, token))["errors"]
        assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert (await client.data(JOB, {"id": job["id"]}))["job"] == {"title": "Paramedic 🚑", "location": "Leeds, UK"}
