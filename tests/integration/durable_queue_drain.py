"""The embedded backend's durable queue seen from its SQLite file, and a drain of it by the
platform's own worker pool: what the tests of a start that queues work (a model or scoring
change) share."""
from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path


def pending_kinds(data_dir: Path) -> list[str]:
    """The kind of each work item ready or leased, sorted."""
    with sqlite3.connect(data_dir / "talentgraph.sqlite3") as conn:
        return [kind for (kind,) in conn.execute(
            "SELECT kind FROM work_items WHERE state IN ('ready', 'leased') ORDER BY kind")]


async def drain(services, data_dir: Path, kinds: set[str] | None = None) -> None:
    """Runs the workers until no item (of `kinds`, or of any kind) is ready or leased."""
    pool = services.worker_pool()
    pool.start()
    try:
        async with asyncio.timeout(180):  # only ends a hang
            while any(kinds is None or kind in kinds for kind in pending_kinds(data_dir)):  # noqa: ASYNC110
                await asyncio.sleep(0.05)
    finally:
        await pool.stop()
