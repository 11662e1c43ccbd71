"""One SQLite file written by several real processes at the same moment, as the API processes
and the worker of one deployment do: every write lands (busy_timeout and short BEGIN IMMEDIATE
transactions, never "database is locked"), no item is leased twice, and a read kept in memory
by one process is dropped when another process changes the file."""
from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from adapters.embedded.sqlite.database import Database
from tests.integration.processes.holders import ROOT

PROCESSES = 4
ITEMS_EACH = 40

_WRITER = """
import asyncio, json, sys, time
from pathlib import Path
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue

async def main(path, name, items, start_at):
    db = Database(Path(path))
    await db.open()
    queue = SqliteWorkQueue(db, lease_seconds=60, max_attempts=3)
    while time.time() < start_at:  # every process starts writing at the same moment
        await asyncio.sleep(0.001)
    leased, errors = [], []
    for n in range(items):
        try:
            await queue.enqueue("k", {"by": name, "n": n})
            item = await queue.lease(["k"])
            if item is not None:
                leased.append(item.id)
                await queue.complete(item)
        except Exception as error:
            errors.append(repr(error))
    while (item := await queue.lease(["k"])) is not None:
        leased.append(item.id)
        await queue.complete(item)
    await db.close()
    print(json.dumps({"leased": leased, "errors": errors}))

asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])))
"""


async def test_processes_writing_and_leasing_at_once_lose_nothing_and_lease_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "talentgraph.sqlite3"
    db = Database(path)
    await db.open()  # migrated once, as `talentgraph run` does before its children start
    await db.close()
    start_at = time.time() + 3.0
    results = await asyncio.to_thread(_write_in_processes, path, start_at)

    assert [r["errors"] for r in results] == [[]] * PROCESSES
    leased = [item for r in results for item in r["leased"]]
    assert len(leased) == len(set(leased)) == PROCESSES * ITEMS_EACH
    db = Database(path)
    await db.open()
    try:
        rows = await db.fetch_all("SELECT state, count(*) FROM work_items GROUP BY state")
        assert {row[0]: row[1] for row in rows} == {"done": PROCESSES * ITEMS_EACH}
    finally:
        await db.close()


async def test_a_change_by_another_process_moves_the_change_stamp_at_once(tmp_path: Path) -> None:
    # What the kept-reads cache (read_cache.py) trusts: another process's commit is seen.
    path = tmp_path / "talentgraph.sqlite3"
    db = Database(path)
    await db.open()
    try:
        before = db.change_stamp()
        assert db.change_stamp() == before
        code = ("import asyncio, sys; from pathlib import Path; from adapters.embedded.sqlite.database import Database\n"
                "async def main():\n db = Database(Path(sys.argv[1])); await db.open()\n"
                " await db.execute(\"INSERT INTO work_items(id, kind, payload, state, available_at, attempts,"
                " max_attempts, created_at, updated_at) VALUES ('x', 'k', '{}', 'ready', 0, 0, 1, 0, 0)\")\n"
                " await db.close()\nasyncio.run(main())")
        await asyncio.to_thread(subprocess.run, [sys.executable, "-c", code, str(path)], cwd=ROOT,
                                env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True, timeout=60)
        assert db.change_stamp() != before
        assert await db.fetch_one("SELECT id FROM work_items WHERE id = 'x'") is not None
    finally:
        await db.close()


def _write_in_processes(path: Path, start_at: float) -> list[dict]:
    writers = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(path), f"p{n}", str(ITEMS_EACH), str(start_at)],
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, text=True)
        for n in range(PROCESSES)
    ]
    return [json.loads(writer.communicate(timeout=120)[0]) for writer in writers]
