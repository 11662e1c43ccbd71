"""The strict bucket on sign-in, sign-up and password resets counts every executed `login`,
`register` or `requestPasswordReset`, however the document spells it: in a named or inline
fragment, under aliases, several in one document, or in a batch. (Websockets: see
tests/e2e/test_websocket_rate_limits.py.)"""
from __future__ import annotations

import sqlite3

import pytest

LIMIT = 10
PASSWORD = "correct horse battery staple"
WRONG = "wrong password, again"


@pytest.fixture
def settings(settings):
    settings.rate_limits = "on"
    settings.rate_limit_default = "100000/60"
    # A slow refill, so that no attempt is earned back while the test runs.
    settings.rate_limit_sensitive = f"{LIMIT}/3600"
    return settings


def _login(email: str, password: str, alias: str = "") -> str:
    return f'{alias}login(email: "{email}", password: "{password}") {{ accessToken }}'


def _errors_and_tokens(body: dict) -> tuple[list[str], list[str]]:
    codes = [error["extensions"]["code"] for error in body.get("errors") or []]
    values = (body.get("data") or {}).values()
    tokens = [v["accessToken"] for v in values if isinstance(v, dict) and v.get("accessToken")]
    return codes, tokens


async def _someone(client) -> str:
    """A person to guess at, registered from another address (its own sign-up bucket)."""
    signed = await client.register("CANDIDATE")
    return signed["user"]["email"]


async def _post(client, query: str) -> dict:
    return (await client.http.post("/graphql", json={"query": query})).json()


SHAPES = {
    "named fragment": lambda email, password: (
        "mutation { ...Guess } fragment Guess on Mutation { " + _login(email, password) + " }"
    ),
    "inline fragment": lambda email, password: "mutation { ... on Mutation { " + _login(email, password) + " } }",
    "alias": lambda email, password: "mutation { guess: " + _login(email, password) + " }",
}


@pytest.mark.parametrize("shape", list(SHAPES))
async def test_sixty_guesses_spelled_as_a_shape_are_limited_after_the_configured_count(client, shape):
    email = await _someone(client)
    codes = []
    for _ in range(60):
        found, tokens = _errors_and_tokens(await _post(client, SHAPES[shape](email, WRONG)))
        assert tokens == []
        codes += found
    assert codes == ["UNAUTHENTICATED"] * LIMIT + ["RATE_LIMITED"] * (60 - LIMIT)
    codes, tokens = _errors_and_tokens(await _post(client, SHAPES[shape](email, PASSWORD)))
    assert codes == ["RATE_LIMITED"] and tokens == []


async def test_sixty_guesses_in_batches_each_count(client):
    email = await _someone(client)
    codes = []
    for _ in range(6):
        batch = [{"query": SHAPES["named fragment"](email, WRONG)} for _ in range(10)]
        for body in (await client.http.post("/graphql", json=batch)).json():
            codes += _errors_and_tokens(body)[0]
    assert sorted(codes) == sorted(["UNAUTHENTICATED"] * LIMIT + ["RATE_LIMITED"] * (60 - LIMIT))
    assert _errors_and_tokens(await _post(client, "mutation { " + _login(email, PASSWORD) + " }")) == (["RATE_LIMITED"], [])


def _paths(body: dict) -> list[list]:
    return [error["path"] for error in body.get("errors") or []]


async def test_twenty_sign_ups_in_one_document_create_no_more_accounts_than_the_limit(client, settings):
    document = "mutation { " + " ".join(
        f'... on Mutation {{ r{n}: register(input: {{email: "bulk{n}@example.com", password: "{PASSWORD}",'
        f' name: "Bulk {n}", role: CANDIDATE}}) {{ accessToken }} }}'
        for n in range(20)
    ) + " }"
    body = await _post(client, document)
    # Mutations run in order; the first refused one ends the operation (its field is non-null).
    assert _errors_and_tokens(body)[0] == ["RATE_LIMITED"] and _paths(body) == [[f"r{LIMIT}"]]
    with sqlite3.connect(settings.database_path) as db:
        (created,) = db.execute("SELECT count(*) FROM users WHERE email LIKE 'bulk%'").fetchone()
    assert created == LIMIT


async def test_twenty_password_resets_in_one_document_are_limited(client):
    document = "mutation { ...Resets } fragment Resets on Mutation { " + " ".join(
        f'p{n}: requestPasswordReset(email: "someone{n}@example.com")' for n in range(20)
    ) + " }"
    body = await _post(client, document)
    assert _errors_and_tokens(body)[0] == ["RATE_LIMITED"] and _paths(body) == [[f"p{LIMIT}"]]
