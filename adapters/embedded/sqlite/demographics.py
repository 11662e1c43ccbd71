"""Self-identification in SQLite: the `self_identifications` table, one row per candidate
who answered. Withdrawing deletes the row with secure_delete, so the answers are not left
in freed pages of the file."""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rows import placeholders, to_moment, to_text
from domain.demographics import Demographic, RaceEthnicity, SelfIdentification, Sex

_CHUNK = 500


def _answers(row: sqlite3.Row) -> SelfIdentification:
    return SelfIdentification(
        user_id=row["user_id"], sex=_sex(row["sex"]), race_ethnicity=_race(row["race_ethnicity"]),
        updated_at=to_moment(row["updated_at"]),
    )


def _sex(value: str | None) -> Sex | None:
    return Sex(value) if value else None


def _race(value: str | None) -> RaceEthnicity | None:
    return RaceEthnicity(value) if value else None


class SqliteDemographicsStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def put(self, answers: SelfIdentification) -> bool:
        # Written only while the user row exists (an erasure racing this write either runs
        # after it and deletes the row, or before it and this writes nothing).
        written = await self._db.execute(
            "INSERT INTO self_identifications(user_id, sex, race_ethnicity, updated_at)"
            " SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM users WHERE id = ?)"
            " ON CONFLICT(user_id) DO UPDATE SET sex = excluded.sex, race_ethnicity = excluded.race_ethnicity,"
            " updated_at = excluded.updated_at",
            (answers.user_id, answers.sex.value if answers.sex else None,
             answers.race_ethnicity.value if answers.race_ethnicity else None, to_text(answers.updated_at),
             answers.user_id),
        )
        return written > 0

    async def get(self, user_id: str) -> SelfIdentification | None:
        row = await self._db.fetch_one("SELECT * FROM self_identifications WHERE user_id = ?", (user_id,))
        return _answers(row) if row else None

    async def remove(self, user_id: str) -> bool:
        async with self._db.transaction() as conn:
            await conn.execute("PRAGMA secure_delete = ON")
            cursor = await conn.execute("DELETE FROM self_identifications WHERE user_id = ?", (user_id,))
            return cursor.rowcount > 0

    async def groups_of(self, user_ids: Sequence[str]) -> list[Demographic | None]:
        found: dict[str, Demographic] = {}
        unique = list(dict.fromkeys(user_ids))
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start:start + _CHUNK]
            rows = await self._db.fetch_all(
                "SELECT user_id, sex, race_ethnicity FROM self_identifications"
                f" WHERE user_id IN ({placeholders(len(chunk))})", chunk,
            )
            for row in rows:
                found[row["user_id"]] = Demographic(sex=_sex(row["sex"]), race_ethnicity=_race(row["race_ethnicity"]))
        return [found.get(i) for i in user_ids]
