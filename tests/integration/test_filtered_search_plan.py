"""A search without text walks job_search_keys newest first on an index that holds the common
filter columns, so the walk reads no table rows (at 100,000 jobs a remote/senior/Python page
walks ~2,500 entries; a seek into the table for each was most of its cost)."""
from __future__ import annotations

import asyncio

from domain.jobs import JobFilter, JobStatus, RemotePolicy, Seniority
from domain.pagination import PageRequest
from tests.integration.test_sqlite_search_renewal import board


async def test_the_filtered_walk_reads_only_the_index(db):
    jobs = await board(db, 5)
    statements: list[str] = []
    await db._reader.set_trace_callback(statements.append)  # the reading connection's statements
    wanted = JobFilter(status=JobStatus.OPEN, remote=[RemotePolicy.REMOTE], seniority=[Seniority.SENIOR],
                       skills=["Python"])
    await jobs.search(None, wanted, PageRequest(first=20))
    await asyncio.sleep(0.05)
    await db._reader.set_trace_callback(None)
    (walk,) = [s for s in statements if "FROM job_search_keys j" in s and "ORDER BY" in s]
    plan = " / ".join(row[3] for row in await db.fetch_all("EXPLAIN QUERY PLAN " + walk))
    assert "SEARCH j USING COVERING INDEX" in plan, plan
