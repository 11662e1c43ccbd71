"""Test-only fault injection, imported at start-up by a gateway whose PYTHONPATH holds this
directory (tests/e2e/test_work_survives_crashes.py). With
TALENTGRAPH_TEST_CRASH_AFTER_INSERT_INTO=<table>, the process ends at once (os._exit: no
cleanup, no flush, as SIGKILL would) right after the first committed write transaction
that inserted into that table: the moment a change is stored and whatever is written after
it is not."""
from __future__ import annotations

import os

_TABLE = os.environ.get("TALENTGRAPH_TEST_CRASH_AFTER_INSERT_INTO")

if _TABLE:
    from contextlib import asynccontextmanager

    from adapters.embedded.sqlite import database

    _original = database.Database.transaction
    _statement = f"INSERT INTO {_TABLE}("

    class _Recording:
        """The transaction's connection, noting whether the watched insert ran on it."""

        def __init__(self, conn) -> None:
            self._conn = conn
            self.inserted = False

        def execute(self, sql, *args, **kwargs):
            if sql.lstrip().startswith(_statement):
                self.inserted = True
            return self._conn.execute(sql, *args, **kwargs)

        def __getattr__(self, name):
            return getattr(self._conn, name)

    @asynccontextmanager
    async def _crashing_transaction(self):
        async with _original(self) as conn:
            recording = _Recording(conn)
            yield recording
        if recording.inserted:
            os._exit(137)

    database.Database.transaction = _crashing_transaction
