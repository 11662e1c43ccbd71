"""Push devices in SQLite: one row per (platform, token)."""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rows import one_row, placeholders, to_moment, to_text
from domain.channels import Device, DevicePlatform


def _device(row: sqlite3.Row) -> Device:
    return Device(
        id=row["id"], user_id=row["user_id"], platform=DevicePlatform(row["platform"]), token=row["token"],
        session_id=row["session_id"], created_at=to_moment(row["created_at"]),
    )


class SqliteDeviceRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def add(self, device: Device) -> Device:
        async with self._db.transaction() as conn:
            # A token seen again (a shared tablet, a reinstall) now belongs to whoever registered it last.
            await conn.execute(
                "INSERT INTO devices(id, user_id, session_id, platform, token, created_at) VALUES (?,?,?,?,?,?)"
                " ON CONFLICT(platform, token) DO UPDATE SET user_id = excluded.user_id,"
                " session_id = excluded.session_id",
                (device.id, device.user_id, device.session_id, device.platform.value, device.token,
                 to_text(device.created_at)),
            )
            row = await (await conn.execute(
                "SELECT * FROM devices WHERE platform = ? AND token = ?", (device.platform.value, device.token)
            )).fetchone()
        return _device(one_row(row))

    async def for_users(self, user_ids: Sequence[str]) -> list[list[Device]]:
        if not user_ids:
            return []
        unique = list(set(user_ids))
        rows = await self._db.fetch_all(
            f"SELECT * FROM devices WHERE user_id IN ({placeholders(len(unique))}) ORDER BY created_at", unique
        )
        grouped: dict[str, list[Device]] = defaultdict(list)
        for row in rows:
            grouped[row["user_id"]].append(_device(row))
        return [grouped.get(i, []) for i in user_ids]

    async def remove(self, device_id: str) -> None:
        await self._db.execute("DELETE FROM devices WHERE id = ?", (device_id,))

    async def remove_for_session(self, session_id: str) -> None:
        await self._db.execute("DELETE FROM devices WHERE session_id = ?", (session_id,))

    async def remove_for_user(self, user_id: str) -> None:
        await self._db.execute("DELETE FROM devices WHERE user_id = ?", (user_id,))
