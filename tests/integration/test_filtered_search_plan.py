"""A search without text walks job_search_keys newest first on an index that holds the common
filter columns, so the walk reads no table rows (at 100,000 jobs a remote/senior/Python page
walks ~2,500 entries; a seek into the table for each was most of its cost)."""
from __future__ import annotations

from domain.jobs import JobFilter, JobStatus, RemotePolicy, Seniority
from domain.pagination import PageRequest
from tests.integration.sqlite_statements import sql_log, traced_db  # noqa: F401
from tests.integration.test_sqlite_search_renewal import board


async def test_the_filtered_walk_reads_only_the_index(traced_db, sql_log):
    jobs = await board(traced_db, 5)
    statements = sql_log.record()  # what the database's connections run from now on
    wanted = JobFilter(status=JobStatus.OPEN, remote=[RemotePolicy.REMOTE], seniority=[Seniority.SENIOR],
                       skills=["Python"])
    await jobs.search(None, wanted, PageRequest(first=20))
    sql_log.stop()
    (walk,) = [s for s in statements if "FROM job_search_keys j" in s and "ORDER BY" in s]
    plan = " / ".join(row[3] for row in await traced_db.fetch_all("EXPLAIN QUERY PLAN " + walk))
    assert "SEARCH j USING COVERING INDEX" in plan, plan


async def test_a_salary_filter_is_tested_along_the_newest_first_walk(traced_db, sql_log):
    """The yearly amount (migration 33) is read from the narrow rows the walk meets, in index
    order: no scan of every job, no sort of the hits before the page is cut."""
    jobs = await board(traced_db, 5)
    statements = sql_log.record()
    await jobs.search(None, JobFilter(min_salary=50_000, salary_currency="USD"), PageRequest(first=20))
    sql_log.stop()
    (walk,) = [s for s in statements if "FROM job_search_keys j" in s and "ORDER BY" in s]
    assert "salary_yearly_top" in walk
    plan = " / ".join(row[3] for row in await traced_db.fetch_all("EXPLAIN QUERY PLAN " + walk))
    assert "SEARCH j USING INDEX job_search_keys_newest_filtered" in plan, plan
    assert "TEMP B-TREE" not in plan, plan
