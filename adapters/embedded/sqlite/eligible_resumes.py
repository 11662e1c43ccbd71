"""Eligible resume ids in SQLite (implements domain.ports.resume_sets.EligibleResumeIds): one
indexed read of ids and flags, no parsed content decoded."""
from __future__ import annotations

from collections.abc import Sequence

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rows import placeholders
from domain.resumes import ResumeStatus

_CHUNK = 500


class SqliteEligibleResumeIds:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def eligible_ids(self, owner_ids: Sequence[str]) -> dict[str, frozenset[str]]:
        owners = list(dict.fromkeys(owner_ids))
        parsed: dict[str, set[str]] = {owner: set() for owner in owners}
        primary: dict[str, str] = {}
        for start in range(0, len(owners), _CHUNK):
            chunk = owners[start:start + _CHUNK]
            rows = await self._db.fetch_all(
                "SELECT owner_id, id, is_primary FROM resumes WHERE status = ? AND parsed IS NOT NULL"
                f" AND parsed != '' AND owner_id IN ({placeholders(len(chunk))})",
                [ResumeStatus.PARSED.value, *chunk])
            for owner_id, resume_id, is_primary in rows:
                parsed[owner_id].add(resume_id)
                if is_primary:
                    primary[owner_id] = resume_id
        return {owner: frozenset([primary[owner]] if owner in primary else ids) for owner, ids in parsed.items()}
