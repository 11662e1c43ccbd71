"""Eligible resume ids in SQLite (implements domain.ports.resume_sets.EligibleResumeIds): one
indexed read of ids and flags, no parsed content decoded in Python (only a primary's JSON is
looked into, by SQLite, for whether anything of a resume was recognised); and the owners of
resumes."""
from __future__ import annotations

from collections.abc import Sequence

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rows import placeholders
from domain.resumes import ResumeStatus

_CHUNK = 500
# domain.resume_warnings.recognised_nothing, negated, over the stored JSON of a ParsedResume.
_HAS_CONTENT = (
    "(COALESCE(json_extract(parsed, '$.email'), '') != '' OR COALESCE(json_extract(parsed, '$.phone'), '') != ''"
    " OR COALESCE(json_array_length(parsed, '$.skills'), 0) > 0"
    " OR COALESCE(json_array_length(parsed, '$.experience'), 0) > 0"
    " OR COALESCE(json_array_length(parsed, '$.education'), 0) > 0)"
)


class SqliteEligibleResumeIds:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def eligible_ids(self, owner_ids: Sequence[str]) -> dict[str, frozenset[str]]:
        return {owner: frozenset(ids) for owner, ids in (await self.eligible_lists(owner_ids)).items()}

    async def eligible_lists(self, owner_ids: Sequence[str]) -> dict[str, list[str]]:
        owners = list(dict.fromkeys(owner_ids))
        parsed: dict[str, list[str]] = {owner: [] for owner in owners}
        primary: dict[str, str] = {}
        for start in range(0, len(owners), _CHUNK):
            chunk = owners[start:start + _CHUNK]
            rows = await self._db.fetch_all(
                f"SELECT owner_id, id, is_primary, CASE WHEN is_primary THEN {_HAS_CONTENT} ELSE 1 END"
                " FROM resumes WHERE status = ? AND parsed IS NOT NULL"
                f" AND parsed != '' AND owner_id IN ({placeholders(len(chunk))})"
                " ORDER BY owner_id, uploaded_at DESC, id DESC",
                [ResumeStatus.PARSED.value, *chunk])
            for owner_id, resume_id, is_primary, has_content in rows:
                if not has_content:
                    continue  # a primary with nothing of a resume in it is passed over
                parsed[owner_id].append(resume_id)
                if is_primary:
                    primary.setdefault(owner_id, resume_id)
        return {owner: [primary[owner]] if owner in primary else ids for owner, ids in parsed.items()}

    async def owners_of(self, resume_ids: Sequence[str]) -> dict[str, str]:
        unique = list(dict.fromkeys(resume_ids))
        owners: dict[str, str] = {}
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start:start + _CHUNK]
            rows = await self._db.fetch_all(
                f"SELECT id, owner_id FROM resumes WHERE id IN ({placeholders(len(chunk))})", chunk)
            owners.update((resume_id, owner_id) for resume_id, owner_id in rows)
        return owners
