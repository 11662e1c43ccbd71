"""Searches right after posts are renewed from the posted rows alone (renewal_after_posts.py),
and must still see every post committed before they start, from this process or another, with
FTS5's own scores: each page is compared, positions and scores included, with a ranking of
every hit from scratch."""
from __future__ import annotations

import asyncio
import sys
import textwrap

from adapters.embedded.sqlite.jobs import SqliteJobRepository
from tests.integration.test_bm25_renewal_property import from_scratch, pages
from tests.integration.test_sqlite_search_renewal import OPEN, QUERY, ROOT, a_job, board, searches_racing


async def test_posts_from_another_process_are_found_by_the_next_search(db):
    jobs = await board(db, 200)
    await pages(jobs, QUERY, 10, OPEN)
    writer = textwrap.dedent(f"""
        import asyncio
        from pathlib import Path
        from adapters.embedded.sqlite.database import Database
        from adapters.embedded.sqlite.jobs import SqliteJobRepository
        from tests.integration.test_sqlite_search_renewal import a_job

        async def main():
            db = Database(Path({str(db.path)!r}))
            await db.open()
            await SqliteJobRepository(db).add(a_job(900 + {{n}}, "Senior Engineer, senior engineer"))
            await db.close()

        asyncio.run(main())
    """)
    for n in range(3):
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-c", writer.replace("{n}", str(n)), cwd=ROOT, env={"PYTHONPATH": str(ROOT)})
        assert await process.wait() == 0
        found = await pages(jobs, QUERY, 10, OPEN, scored=True)
        assert found == await from_scratch(db, QUERY, 10, OPEN, scored=True)
    assert jobs.rankings["renewed_after_posts"] == 3, jobs.rankings


async def test_searches_racing_a_poster_each_equal_the_ranking_of_their_moment(db):
    jobs = await board(db, 200)

    async def post(writer: SqliteJobRepository, n: int) -> None:
        await writer.add(a_job(1000 + n, "Senior Engineer" + " senior" * (n % 3)))

    compared, wrong = await searches_racing(db, jobs, post, 40, scored=True)
    assert wrong == []
    # A ranking whose features read already sees a later post reads them again with that
    # read's statistics: renewals after posts go on while the writer posts.
    assert compared > 0 and jobs.rankings["renewed_after_posts"] > 0, (compared, jobs.rankings)
