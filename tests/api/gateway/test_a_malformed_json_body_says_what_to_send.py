"""A POST body that is not JSON at all is told where it breaks and what shape to send, not only
"Unable to parse request body as JSON": the person who cut off a body or forgot its quotes
learns what to fix."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("body", ['{"query":', "{query: '{ __typename }'}", "\xff\xfe"])
async def test_a_body_that_is_not_json_says_where_and_what_to_send(client, body):
    response = await client.http.post("/graphql", content=body.encode("latin-1"),
                                      headers={"content-type": "application/json"})
    assert response.status_code == 400
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "not valid JSON" in error["message"] and '{"query": "{ __typename }"}' in error["message"], error
