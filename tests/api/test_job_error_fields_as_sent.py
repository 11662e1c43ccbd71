"""A refusal's `extensions.field` names the input field as the client sent it (camelCase, as
every other refusal does), so a form can put the message under the right box."""
from __future__ import annotations

import pytest

POST = "mutation($i: JobInput!){ postJob(input: $i){ id } }"
UPDATE = "mutation($id: ID!, $i: JobUpdateInput!){ updateJob(id: $id, input: $i){ id } }"


@pytest.mark.parametrize("field", ["requiredSkills", "niceToHaveSkills"])
async def test_a_blank_skill_is_refused_naming_the_field_as_sent(client, field):
    token, _ = await client.employer()
    body = await client.execute(POST, {"i": {"title": "Care Assistant", "description": "Personal care", field: [" "]}},
                                token)
    assert body["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "field": field}, body


@pytest.mark.parametrize("field", ["employmentType", "requiredSkills", "niceToHaveSkills"])
async def test_a_null_for_a_field_every_job_has_is_refused_naming_the_field_as_sent(client, field):
    token, _ = await client.employer()
    job = await client.post_job(token)
    body = await client.execute(UPDATE, {"id": job["id"], "i": {field: None}}, token)
    assert body["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "field": field}, body
