"""Migration 51: salaries to the penny (12.60 an hour). The INTEGER amounts stay, as the
whole-unit views (min rounded down, max up); beside them the exact amounts as decimal text (a
REAL would read 12.60 back as 12.6 and make 12.60 x 2080 a year 26207.999...). NULL there (every
row written before) means the whole amount is the exact one.

The salary filter compares what a job can pay in a year counted in 1/10,000 units
(domain.money.in_smallest_units): an exact integer for any currency's amounts. The jobs row
carries it as the service computed it, and the search keys copy it; rows written before get it
from their whole amounts (the factors are domain.jobs' PERIODS_IN_A_YEAR, written out, as in
migration 33)."""
from __future__ import annotations

_YEARLY_TOP_OF_WHOLE_AMOUNTS = """COALESCE(salary_max, salary_min) * 10000 * CASE salary_period
    WHEN 'HOUR' THEN 2080 WHEN 'DAY' THEN 260 WHEN 'WEEK' THEN 52 WHEN 'MONTH' THEN 12 ELSE 1 END"""
# Migration 33's whole-unit yearly top, kept as it was (from the whole-unit views).
_YEARLY_TOP = """COALESCE(new.salary_max, new.salary_min) * CASE new.salary_period
    WHEN 'HOUR' THEN 2080 WHEN 'DAY' THEN 260 WHEN 'WEEK' THEN 52 WHEN 'MONTH' THEN 12 ELSE 1 END"""
_KEYS = f"""INSERT OR REPLACE INTO job_search_keys VALUES (new.rowid, new.id, new.organization_id, new.status,
            new.remote, new.employment_type, new.seniority, new.location, new.salary_min, new.salary_max,
            new.posted_at, new.salary_currency, {_YEARLY_TOP}, new.salary_yearly_top_exact);"""

EXACT_SALARY_COLUMNS = [
    "ALTER TABLE jobs ADD COLUMN salary_min_exact TEXT",
    "ALTER TABLE jobs ADD COLUMN salary_max_exact TEXT",
    "ALTER TABLE jobs ADD COLUMN salary_yearly_top_exact INTEGER",
    f"UPDATE jobs SET salary_yearly_top_exact = {_YEARLY_TOP_OF_WHOLE_AMOUNTS}",
    "ALTER TABLE job_search_keys ADD COLUMN salary_yearly_top_exact INTEGER",
    "UPDATE job_search_keys SET salary_yearly_top_exact ="
    " (SELECT salary_yearly_top_exact FROM jobs WHERE jobs.rowid = job_search_keys.job_rowid)",
    "DROP TRIGGER job_search_keys_on_insert",
    "DROP TRIGGER job_search_keys_on_update",
    f"""CREATE TRIGGER job_search_keys_on_insert AFTER INSERT ON jobs BEGIN
        {_KEYS}
        END""",
    f"""CREATE TRIGGER job_search_keys_on_update AFTER UPDATE ON jobs BEGIN
        DELETE FROM job_search_keys WHERE job_rowid = old.rowid;
        {_KEYS}
        END""",
]
