"""The SQLite embedding store."""
from __future__ import annotations

from datetime import UTC, datetime

from adapters.embedded.sqlite.embeddings import SqliteEmbeddingStore


async def add_resume(db, resume_id: str) -> None:
    now = datetime.now(UTC).isoformat()
    async with db.transaction() as conn:
        await conn.execute("INSERT INTO users(id, email, name, role, password_hash, created_at)"
                           " VALUES ('u', 'u@example.com', 'U', 'CANDIDATE', 'x', ?)", (now,))
        await conn.execute("INSERT INTO resumes(id, owner_id, filename, content_type, size_bytes, sha256, status,"
                           " uploaded_at) VALUES (?, 'u', 'cv.txt', 'text/plain', 1, 'abc', 'PARSED', ?)", (resume_id, now))


async def test_vectors_round_trip_and_every_write_moves_the_generation(db):
    store = SqliteEmbeddingStore(db)
    await store.put("job", "j1", [0.5, 0.25])
    first, count = await store.generation("job")
    await store.put("job", "j1", [1.0, 0.0])
    second, _ = await store.generation("job")
    assert count == 1 and first != second
    assert await store.get_many("job", ["j1", "missing"]) == [[1.0, 0.0], None]
    assert [item async for item in store.stream("job")] == [("j1", [1.0, 0.0])]


async def test_nothing_is_stored_for_a_resume_that_no_longer_exists(db):
    store = SqliteEmbeddingStore(db)
    await add_resume(db, "r1")
    await store.put("resume", "r1", [1.0])
    await store.put("resume", "gone", [1.0])
    await store.put("resume.neighbours", "gone", [0.3, 10.0])
    assert await store.get_many("resume", ["r1", "gone"]) == [[1.0], None]
    assert await store.get_many("resume.neighbours", ["gone"]) == [None]
