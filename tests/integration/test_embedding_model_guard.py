"""A process still embedding with the model that another start has replaced cannot store its
vectors beside the new model's, however the two interleave: real SQLite, two connections to one
file (as two worker processes would have), the adoption and the write run at once."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.embedding_model import EmbeddingModelChanged, adopt_embedding_model
from adapters.embedded.sqlite.embeddings import SqliteEmbeddingStore


async def test_a_write_of_the_replaced_model_is_refused_and_stores_nothing(db):
    old = SqliteEmbeddingStore(db, model_id="model-a")
    await adopt_embedding_model(db, "model-a")
    await old.put("job", "j1", [1.0, 0.0])
    await adopt_embedding_model(db, "model-b")
    with pytest.raises(EmbeddingModelChanged, match="model-b"):
        await old.put("job", "j2", [1.0, 0.0])
    assert await old.get_many("job", ["j1", "j2"]) == [None, None]
    # What the model does not make is stored as before.
    await old.put("job.neighbours", "j1", [0.5, 10.0])
    assert await old.get_many("job.neighbours", ["j1"]) == [[0.5, 10.0]]


async def test_the_new_model_writes_as_before(db):
    await adopt_embedding_model(db, "model-b")
    new = SqliteEmbeddingStore(db, model_id="model-b")
    await new.put("job", "j1", [1.0, 0.0])
    assert await new.get_many("job", ["j1"]) == [[1.0, 0.0]]


@pytest.mark.parametrize("round_", range(5))
async def test_an_adoption_racing_writes_of_the_old_model_leaves_none_of_them(tmp_path: Path, round_: int):
    path = tmp_path / "talentgraph.sqlite3"
    old_process, new_process = Database(path), Database(path)
    await old_process.open()
    await new_process.open()
    try:
        await adopt_embedding_model(old_process, "model-a")
        old = SqliteEmbeddingStore(old_process, model_id="model-a")

        async def old_writes() -> None:
            for n in range(20):
                try:
                    await old.put_many("job", [(f"j{n}", [1.0, 0.0])])
                except EmbeddingModelChanged:
                    return
                await asyncio.sleep(0)

        async def adoption() -> None:
            await asyncio.sleep(0.001 * round_)
            await adopt_embedding_model(new_process, "model-b")

        await asyncio.gather(old_writes(), adoption())
        left = await SqliteEmbeddingStore(new_process).get_many("job", [f"j{n}" for n in range(20)])
        assert left == [None] * 20
    finally:
        await old_process.close()
        await new_process.close()
