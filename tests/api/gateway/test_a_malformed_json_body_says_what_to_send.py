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


async def test_a_number_too_long_to_read_is_told_as_such_not_as_bytes_that_are_not_utf8(client):
    # Valid UTF-8 and valid JSON syntax: Python refuses integers past its digit limit.
    body = '{"query": "{ __typename }", "variables": {"n": ' + "7" * 5000 + "}}"
    response = await client.http.post("/graphql", content=body.encode(),
                                      headers={"content-type": "application/json"})
    assert response.status_code == 400
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "UTF-8" not in error["message"] and "number" in error["message"] and "digits" in error["message"], error


async def test_bytes_that_are_not_utf8_are_still_told_as_such(client):
    response = await client.http.post("/graphql", content=b'{"query": "{ __typename \xff }"}',
                                      headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert "UTF-8" in response.json()["errors"][0]["message"]
