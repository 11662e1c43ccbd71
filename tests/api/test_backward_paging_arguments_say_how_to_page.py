"""Lists page forward only (`first`, `after`). A client written for Relay's backward paging
sends `last` or `before`; the refusal says how to page here instead of only that the
argument is unknown. Other unknown arguments keep graphql's own message."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("query", [
    "{ me { matches(last: 2) { totalCount } } }",
    '{ me { notifications(first: 2, before: "x") { totalCount } } }',
    "{ searchJobs(last: 1) { totalCount } }",
])
async def test_last_and_before_are_refused_naming_first_and_after(client, query):
    token, _ = await client.candidate()
    body = await client.execute(query, token=token)
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert error["message"].startswith("Unknown argument")
    assert "`first`" in error["message"] and "`after`" in error["message"] and "endCursor" in error["message"]
    (again,) = (await client.execute(query, token=token))["errors"]  # validated once, from a cache
    assert again["message"] == error["message"]


async def test_another_unknown_argument_keeps_its_message(client):
    token, _ = await client.candidate()
    (error,) = (await client.execute("{ me { matches(sort: 2) { totalCount } } }", token=token))["errors"]
    assert error["message"] == "Unknown argument 'sort' on field 'User.matches'."
