"""The embedded index's vocabulary for typo tolerance (adapters/embedded/sqlite/search_vocabulary.py):
a letter is read once however many searches miss it at once, off the event loop; a bounded
number of letters and words is kept; a query's corrected words are capped; only words of open
jobs count."""
from __future__ import annotations

import asyncio

from adapters.embedded.sqlite import search_vocabulary
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.search_vocabulary import IndexVocabulary
from domain.search_text import search_terms


async def _index(tmp_path, rows: list[tuple[str, str]]) -> Database:
    db = Database(tmp_path / "vocabulary.db")
    await db.open()
    async with db.transaction() as conn:
        for n, (status, text) in enumerate(rows, start=1):
            await conn.execute("INSERT INTO jobs_fts(rowid, title, description, skills) VALUES (?, ?, '', '')", (n, text))
            await conn.execute("INSERT INTO job_search_keys(job_rowid, id, organization_id, status, remote, employment_type,"
                               " posted_at) VALUES (?, ?, 'o', ?, 'ONSITE', 'FULL_TIME', '2026-01-01')", (n, f"j{n}", status))
    return db


async def test_concurrent_misses_read_a_letter_once(tmp_path):
    db = await _index(tmp_path, [("OPEN", "warehouse operative")])
    vocabulary = IndexVocabulary(db)
    found = await asyncio.gather(*(vocabulary.spelling_corrections(search_terms("warehose")) for _ in range(5)))
    assert all(f == {"warehose": "warehouse"} for f in found)
    assert vocabulary.letters_read == 1
    await db.close()


async def test_only_open_jobs_words_are_offered(tmp_path):
    db = await _index(tmp_path, [("CLOSED", "bluebird"), ("OPEN", "welder"), *[("CLOSED", "walker")] * 3])
    vocabulary = IndexVocabulary(db)
    assert await vocabulary.spelling_corrections(search_terms("bluebirx")) == {}
    assert await vocabulary.spelling_corrections(search_terms("walder")) == {"walder": "welder"}
    await db.close()


async def test_letters_and_corrected_words_are_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(search_vocabulary, "MAX_LETTERS_KEPT", 2)
    words = [f"{letter}anchester" for letter in "bcdfghjklm"]
    db = await _index(tmp_path, [("OPEN", " ".join(words))])
    vocabulary = IndexVocabulary(db)
    typos = " ".join(w.replace("ch", "xh") for w in words)
    corrected = await vocabulary.spelling_corrections(search_terms(typos))
    assert len(corrected) == search_vocabulary.MAX_CORRECTED_WORDS
    assert len(vocabulary._letters) == 2
    await db.close()
