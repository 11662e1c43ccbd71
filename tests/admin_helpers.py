"""Administrators for the tests: created the way `talentgraph create-admin` does, then signed in."""
from __future__ import annotations

import itertools

from tests.graphql_client import GraphQLClient

_counter = itertools.count(1)
ADMIN_PASSWORD = "admin password long enough"
LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken user { id } } }"


async def admin_token(app, client: GraphQLClient) -> tuple[str, dict]:
    """(access token, user) of a new administrator."""
    email = f"admin{next(_counter)}@example.com"
    await app.state.services.accounts.create_admin(email, "Ada Admin", ADMIN_PASSWORD)
    signed = (await client.data(LOGIN, {"e": email, "p": ADMIN_PASSWORD}))["login"]
    return signed["accessToken"], signed["user"]


async def settle(app) -> None:
    """Waits for the event bus handlers (the analytics recorder among them) to finish."""
    await app.state.services.events.drain()
