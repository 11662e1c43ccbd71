"""Signing in an administrator for the gateway tests (admins cannot register)."""
from __future__ import annotations

PASSWORD = "correct horse battery staple"


async def admin_token(client, app, email: str = "admin@example.com") -> str:
    await app.state.services.accounts.create_admin(email, "Admin", PASSWORD)
    body = await client.data(
        "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken } }",
        {"e": email, "p": PASSWORD},
    )
    return body["login"]["accessToken"]
