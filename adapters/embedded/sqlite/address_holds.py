"""An address an account gave up, held for it for a while (the week its undo link works):
held_addresses has one row per address, read in the transaction that registers an address or
changes to one. Rows whose time ended count for nothing; they go when the address is taken
again, and with the account (SqliteAccountStore.erase)."""
from __future__ import annotations

from datetime import datetime

import aiosqlite

from adapters.embedded.sqlite.rows import to_text

HELD_ADDRESSES = [
    "CREATE TABLE held_addresses (email TEXT PRIMARY KEY, user_id TEXT NOT NULL, held_until TEXT NOT NULL)",
    "CREATE INDEX held_addresses_by_user ON held_addresses(user_id)",
]


async def holder_of(conn: aiosqlite.Connection, email: str, now: datetime) -> str | None:
    """The account holding `email` at `now`, inside the caller's transaction."""
    cursor = await conn.execute(
        "SELECT user_id FROM held_addresses WHERE email = ? AND held_until > ?", (email, to_text(now)))
    row = await cursor.fetchone()
    await cursor.close()
    return row[0] if row else None


async def hold(conn: aiosqlite.Connection, email: str, user_id: str, until: datetime) -> None:
    await conn.execute("INSERT OR REPLACE INTO held_addresses(email, user_id, held_until) VALUES (?,?,?)",
                       (email, user_id, to_text(until)))


async def release(conn: aiosqlite.Connection, email: str) -> None:
    """The hold on an address that an account now signs in with (its holder's, or one ended)."""
    await conn.execute("DELETE FROM held_addresses WHERE email = ?", (email,))

