"""Candidate stamps in SQLite (implements domain.ports.candidate_stamps.CandidateStamps): a
digest of the stored resume row and its owner's preferences, computed from the rows as they
are now. Any writer's change to them changes the digest; no trigger or counter to forget."""
from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from datetime import datetime

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rows import placeholders
from domain.ports.candidate_stamps import CandidateStamp
from domain.resumes import ResumeStatus

# SQLite's default limit on host parameters is far above this; chunks keep statements short.
_CHUNK = 500


class SqliteCandidateStamps:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def stamps(self, resume_ids: Sequence[str]) -> list[CandidateStamp]:
        unique = list(dict.fromkeys(resume_ids))
        out: list[CandidateStamp] = []
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start:start + _CHUNK]
            rows = await self._db.fetch_all(
                "SELECT r.id, r.owner_id, r.uploaded_at, r.status, r.parsed, u.preferences"
                " FROM resumes r JOIN users u ON u.id = r.owner_id"
                f" WHERE r.id IN ({placeholders(len(chunk))})", chunk)
            out.extend(_stamp(row) for row in rows)
        return out


def _stamp(row: sqlite3.Row) -> CandidateStamp:
    resume_id, owner_id, uploaded_at, status, parsed, preferences = row
    digest = hashlib.blake2b(digest_size=16)
    for part in (owner_id, uploaded_at, status, parsed or "", preferences or ""):
        digest.update(part.encode())
        digest.update(b"\0")
    return CandidateStamp(
        resume_id=resume_id, owner_id=owner_id, uploaded_at=datetime.fromisoformat(uploaded_at),
        parsed=status == ResumeStatus.PARSED.value and bool(parsed), stamp=digest.hexdigest())
