"""Candidate stamps in SQLite (implements domain.ports.candidate_stamps.CandidateStamps): a
digest of the stored resume row and its owner's preferences, computed from the rows as they
are now. Any writer's change to them changes the digest; no trigger or counter to forget."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rows import placeholders
from domain.ports.candidate_stamps import CandidateStamp, StampedSource
from domain.resumes import ParsedResume, ResumeStatus
from domain.users import Preferences

# SQLite's default limit on host parameters is far above this; chunks keep statements short.
_CHUNK = 500


class SqliteCandidateStamps:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def stamps(self, resume_ids: Sequence[str]) -> list[CandidateStamp]:
        return [_stamp(row) for row in await self._rows(resume_ids)]

    async def sources(self, resume_ids: Sequence[str]) -> list[StampedSource]:
        out = []
        for row in await self._rows(resume_ids):
            stamp = _stamp(row)
            if stamp.parsed:
                out.append(StampedSource(
                    stamp=stamp, parsed=ParsedResume.model_validate_json(row[4]),
                    preferences=Preferences.model_validate(json.loads(row[5] or "{}"))))
        return out

    async def _rows(self, resume_ids: Sequence[str]) -> list[sqlite3.Row]:
        unique = list(dict.fromkeys(resume_ids))
        rows: list[sqlite3.Row] = []
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start:start + _CHUNK]
            rows += await self._db.fetch_all(
                "SELECT r.id, r.owner_id, r.uploaded_at, r.status, r.parsed, u.preferences"
                " FROM resumes r JOIN users u ON u.id = r.owner_id"
                f" WHERE r.id IN ({placeholders(len(chunk))})", chunk)
        return rows


def _stamp(row: sqlite3.Row) -> CandidateStamp:
    resume_id, owner_id, uploaded_at, status, parsed, preferences = row
    # Each part followed by a NUL, hashed in one call (a résumé's parsed JSON is most of it).
    digest = hashlib.blake2b(
        f"{owner_id}\0{uploaded_at}\0{status}\0{parsed or ''}\0{preferences or ''}\0".encode(), digest_size=16)
    return CandidateStamp(
        resume_id=resume_id, owner_id=owner_id, uploaded_at=datetime.fromisoformat(uploaded_at),
        parsed=status == ResumeStatus.PARSED.value and bool(parsed), stamp=digest.hexdigest())
