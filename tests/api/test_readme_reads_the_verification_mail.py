"""The command README.md and docs/operations.md give to read the verification link from the
local outbox finds that mail, not the newest of all: a password reset asked for since (or any
other mail) comes after it. The commands are read from the documents themselves and run on the
real app's database."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from tests.account_helpers import link_token, mailed

ROOT = Path(__file__).resolve().parents[2]
VERIFY = "mutation($t: String!){ verifyEmail(token: $t) }"
RESET = "mutation($e: String!){ requestPasswordReset(email: $e) }"
ME = "{ me { emailVerified } }"


def documented_query(document: str) -> str:
    (query,) = re.findall(r'`sqlite3 \S+/talentgraph\.sqlite3 "([^"]+)"`', (ROOT / document).read_text())
    return query


@pytest.mark.parametrize("document", ["README.md", "docs/operations.md"])
async def test_the_documented_command_reads_the_verification_link_after_later_mail(client, app, document):
    signed = await client.register("CANDIDATE", email="ngozi.verify@example.org")
    await mailed(app, signed["user"]["id"], "Confirm your email address")
    assert (await client.data(RESET, {"e": "ngozi.verify@example.org"}))["requestPasswordReset"] is True
    await mailed(app, signed["user"]["id"], "Reset your password")

    query = documented_query(document).replace("you@example.com", "ngozi.verify@example.org")
    with sqlite3.connect(app.state.settings.data_dir / "talentgraph.sqlite3") as db:
        row = db.execute(query).fetchone()
    body = row[-1]  # the body is the last column asked for
    assert (await client.data(VERIFY, {"t": link_token({"body_text": body})}))["verifyEmail"] is True
    assert (await client.data(ME, token=signed["accessToken"]))["me"]["emailVerified"] is True
