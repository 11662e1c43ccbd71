"""Nobody can use the platform to flood an inbox: several accounts asking at once to move to
one address get the same answer each, and the address gets at most its hourly cap of account
mail; the drops show in /metrics."""
from __future__ import annotations

import asyncio

import pytest

from tests.account_helpers import quick_password_hashing

PASSWORD = "correct horse battery staple"
REQUEST = "mutation($e: String!, $p: String!){ requestEmailChange(newEmail: $e, currentPassword: $p) }"
VICTIM = "inbox.owner@example.com"


@pytest.fixture
def settings(settings):
    settings = quick_password_hashing(settings)
    settings.mail_cap_per_recipient_hour = {"account": 2}
    return settings


async def test_many_asks_towards_one_address_mail_it_at_most_the_cap_and_answer_alike(client, app):
    tokens = [(await client.candidate())[0] for _ in range(5)]
    answers = await asyncio.gather(*(client.execute(REQUEST, {"e": VICTIM, "p": PASSWORD}, token) for token in tokens))
    assert [(a["data"], a.get("errors")) for a in answers] == [({"requestEmailChange": True}, None)] * 5
    db = app.state.services.repositories.users._db
    rows = await db.fetch_all("SELECT subject FROM outbox WHERE recipient = ?", (VICTIM,))
    assert [row["subject"] for row in rows] == ["Confirm your new email address"] * 2
    text = (await client.http.get("/metrics")).text
    assert 'talentgraph_mails_over_recipient_cap{kind="account"} 3.0' in text
