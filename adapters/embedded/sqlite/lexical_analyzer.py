"""Which lexical analyzer made the stored term vectors, and the switch to another one, on
SQLite (domain.ports.lexical_analyzer; table `lexical_analyzer`, migration 56).

As for the embedding model (embedding_model.py), in one write transaction: the term vectors
and the lexical neighbour similarities made from them are deleted, the new version recorded,
and every open job and parsed résumé queued to be indexed again, then every open job matched
again. A write of a term vector checks the recorded version in its own transaction, so once a
start has recorded another analyzer no process of the old one stores one."""
from __future__ import annotations

import aiosqlite

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.embedding_model import drop_and_index_again
from domain.ports.lexical_analyzer import LEXICAL_KINDS, LexicalAnalyzerChanged


async def adopt_lexical_analyzer(db: Database, version: int) -> bool:
    """Records `version` as the analyzer of the stored term vectors; if another one was, they
    are dropped and everything is queued to be indexed again. True when it changed."""
    async with db.transaction() as conn:
        if await _recorded(conn) == version:
            return False
        await drop_and_index_again(conn, LEXICAL_KINDS)
        await conn.execute(
            "INSERT INTO lexical_analyzer(id, version) VALUES (1, ?)"
            " ON CONFLICT(id) DO UPDATE SET version = excluded.version", (version,))
        return True


async def same_analyzer(conn: aiosqlite.Connection, version: int) -> None:
    """In a write's own transaction: an adoption that committed before it is seen here, and one
    after it deletes what it wrote."""
    recorded = await _recorded(conn)
    if recorded is not None and recorded != version:
        raise LexicalAnalyzerChanged(
            f"the stored term vectors are now lexical analyzer {recorded}'s and this process runs"
            f" analyzer {version}: restart it so that it runs the same one")


async def _recorded(conn: aiosqlite.Connection) -> int | None:
    cursor = await conn.execute("SELECT version FROM lexical_analyzer WHERE id = 1")
    row = await cursor.fetchone()
    return int(row[0]) if row is not None else None


class SqliteLexicalAnalyzer:
    """The LexicalAnalyzerRecord port on SQLite."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def adopt(self, version: int) -> bool:
        return await adopt_lexical_analyzer(self._db, version)
