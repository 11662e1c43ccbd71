"""A DateTime argument that is not a date-time is refused with a message a person can act on
(not Python's parser error), whether written in the query or sent as a variable."""
from __future__ import annotations

import pytest

from tests.admin_helpers import admin_token

HINT = "ISO 8601 date-time such as 2026-01-31T00:00:00Z"


@pytest.mark.parametrize("value", ["notadate", "2026-13-45", "31/01/2026"])
async def test_a_literal_that_is_no_date_time_is_refused_with_the_expected_form(client, app, value):
    token, _ = await admin_token(app, client)
    body = await client.execute(f'{{ adminPlatformStats(since: "{value}"){{ __typename }} }}', token=token)
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert HINT in error["message"] and value in error["message"], error["message"]
    assert "invalid literal" not in error["message"]


async def test_a_variable_that_is_no_date_time_is_refused_with_the_expected_form(client, app):
    token, _ = await admin_token(app, client)
    body = await client.execute("query($s: DateTime){ adminPlatformStats(since: $s){ __typename } }",
                                {"s": "notadate"}, token)
    (error,) = body["errors"]
    assert error["extensions"]["code"] in ("BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED")
    assert HINT in error["message"] and "invalid literal" not in error["message"], error["message"]


async def test_a_real_date_time_still_works(client, app):
    token, _ = await admin_token(app, client)
    data = await client.data('{ adminPlatformStats(since: "2026-01-31T00:00:00Z"){ __typename } }', token=token)
    assert data["adminPlatformStats"]["__typename"]
