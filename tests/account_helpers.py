"""Steps the account lifecycle tests share: reading the outbox to follow links and codes."""
from __future__ import annotations

import base64
import sqlite3
from urllib.parse import parse_qs, urlsplit

from tests.applications_helpers import wait_until

ME = "{ me { id email name emailVerified phone phoneVerified } }"


def quick_password_hashing(settings):
    """The settings with argon2id at its cheapest (one pass, 1 MiB): for tests where hashing
    cost plays no part and many sign-ups or sign-ins would take minutes at the real cost."""
    return settings.model_copy(update={"password_hash_time_cost": 1, "password_hash_memory_kib": 1024})


def raw_id(global_id: str) -> str:
    return base64.urlsafe_b64decode(global_id + "=" * (-len(global_id) % 4)).decode().split(":", 1)[1]


async def outbox_for(app, user_global_id: str, subject: str | None = None, channel: str | None = None) -> list[dict]:
    rows = await app.state.services.notifier.messages_for(raw_id(user_global_id))
    return [r for r in rows if (subject is None or r["subject"] == subject) and (channel is None or r["channel"] == channel)]


async def mailed(app, user_global_id: str, subject: str, count: int = 1) -> list[dict]:
    """The messages with this subject once `count` of them are in the outbox."""
    async def arrived() -> bool:
        return len(await outbox_for(app, user_global_id, subject)) >= count

    await wait_until(arrived)
    return await outbox_for(app, user_global_id, subject)


async def verified(app, *users: dict | str) -> None:
    """The people's (or global ids') addresses proven, as opening the mailed link does: mail
    other than that of signing in goes only to proven addresses."""
    for user in users:
        await app.state.services.repositories.users.set_email_verified(
            raw_id(user if isinstance(user, str) else user["id"]))


def addresses_proven_in(database) -> None:
    """Every account's address in a served gateway's SQLite file proven, as each one's mailed
    link would: mail other than that of signing in goes only to proven addresses."""
    with sqlite3.connect(database) as db:
        db.execute("UPDATE users SET email_verified = 1")


def link_token(message: dict) -> str:
    link = next(word for word in message["body_text"].split() if word.startswith("http"))
    return parse_qs(urlsplit(link).query)["token"][0]


EMPLOYER_PASSWORD = "correct horse battery staple"


async def employer_without_organization(app, client, email: str) -> tuple[str, str]:
    """(access token, global id) of an employer's account that belongs to no organization, the
    one kind of account `acceptInvitation` takes. None is made through the API (an invited
    recruiter signs up with the invitation instead), so it is stored directly."""
    from datetime import UTC, datetime
    from uuid import uuid4

    from domain.users import Role, User
    from gateway.auth.passwords import Argon2PasswordHasher
    from resolvers.ids import to_global_id

    user = User(id=uuid4().hex, email=email, name="Una Unattached", role=Role.EMPLOYER,
                password_hash=Argon2PasswordHasher(time_cost=1, memory_cost=1024).hash(EMPLOYER_PASSWORD),
                created_at=datetime.now(UTC))
    await app.state.services.repositories.users.add(user)
    login = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken } }"
    signed = await client.data(login, {"e": email, "p": EMPLOYER_PASSWORD})
    return signed["login"]["accessToken"], to_global_id("User", user.id)

