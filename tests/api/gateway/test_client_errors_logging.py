"""Errors a client causes (bad input, a wrong password, a missing token, a refused request)
are logged at INFO at most, without a traceback; only the unexpected is an ERROR with one."""
from __future__ import annotations

import logging

from resolvers.errors import format_error

CLIENT_MISTAKES = [
    ("post", {"content": b"{not json"}),
    ("post", {"json": {"query": "{ nope "}}),
    ("post", {"json": {"query": "{ nope }"}}),
    ("post", {"json": {"query": "query($n: Int!){ searchJobs(first: $n) { totalCount } }", "variables": {"n": "x"}}}),
    ("post", {"json": {"query": "{ searchJobs(first: 5, after: \"bm90LWEtY3Vyc29y\") { totalCount } }"}}),
    ("post", {"json": {"query": "{ me { id } }"}}),
    ("post", {"json": {"query": 'mutation { login(email: "nobody@example.com", password: "wrong-password") { accessToken } }'}}),
    ("post", {"json": {"query": "{ node(id: \"garbage\") { id } }"}}),
    ("get", {"params": {"query": 'mutation { login(email: "a@example.com", password: "x") { accessToken } }'}}),
    ("get", {"params": {"query": "{ __typename }", "variables": "{not json"}}),
    ("get", {"url": "/downloads/not-a-token"}),
]


async def test_client_mistakes_log_no_error_and_no_traceback(client, caplog):
    with caplog.at_level(logging.DEBUG):
        for method, request in CLIENT_MISTAKES:
            url = request.pop("url", "/graphql")
            response = await getattr(client.http, method)(url, **request)
            assert response.status_code < 500, (method, url, request, response.text)
    loud = [(r.name, r.levelname, r.getMessage()[:200]) for r in caplog.records
            if r.levelno >= logging.WARNING or r.exc_info]
    assert loud == []


def test_an_unexpected_error_is_logged_at_error_with_its_traceback(caplog):
    from graphql.error import GraphQLError

    try:
        raise KeyError("boom")
    except KeyError as error:
        wrapped = GraphQLError("boom", original_error=error, path=["me"])
    with caplog.at_level(logging.INFO):
        formatted = format_error(wrapped, "req-1")
    assert formatted.extensions["code"] == "INTERNAL_SERVER_ERROR"
    (record,) = [r for r in caplog.records if r.name == "talentgraph.errors"]
    assert record.levelno == logging.ERROR and record.exc_info
