"""An API process never opens the vector index (the worker process owns its files): what it
removes (a deleted resume, an erased account) reaches the worker's index as queued work."""
from __future__ import annotations

from pathlib import Path

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from adapters.embedded.vectors.index import EmbeddedVectorIndex
from adapters.embedded.vectors.worker_owned import WorkerOwnedVectorIndex
from gateway.roles.vector_work import vector_work_handlers
from gateway.workers import WorkerPool


async def test_a_removal_in_an_api_process_leaves_the_workers_index(tmp_path: Path) -> None:
    db = Database(tmp_path / "talentgraph.sqlite3")
    await db.open()
    try:
        queue = SqliteWorkQueue(db, lease_seconds=30, max_attempts=3)
        worker_index = EmbeddedVectorIndex(tmp_path / "index" / "resume", dimension=3)
        await worker_index.upsert([("r1", [1.0, 0.0, 0.0]), ("r2", [0.0, 1.0, 0.0])])
        api_index = WorkerOwnedVectorIndex("resume", queue, dimension=3)

        await api_index.remove(["r1"])
        item = await queue.lease()
        assert item is not None
        pool = WorkerPool(queue, vector_work_handlers(worker_index, worker_index))
        await pool.run_one(item)

        assert [hit for hit, _ in await worker_index.search([1.0, 0.0, 0.0], 5)] == ["r2"]
    finally:
        await db.close()


async def test_an_api_process_never_searches_nor_indexes(tmp_path: Path) -> None:
    import pytest

    api_index = WorkerOwnedVectorIndex("job", queue=None, dimension=3)  # type: ignore[arg-type]
    with pytest.raises(RuntimeError, match="worker process"):
        await api_index.search([1.0, 0.0, 0.0], 5)
    with pytest.raises(RuntimeError, match="worker process"):
        await api_index.upsert([("j", [1.0, 0.0, 0.0])])
