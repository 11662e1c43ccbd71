"""The OpenSearch index compares a salary filter only within its currency, a year of pay at a
time (no server needed: the mapping, the document and the query body)."""
from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from adapters.aws.opensearch.mapping import index_body, job_document
from adapters.aws.opensearch.queries import search_body
from domain.jobs import Job, JobFilter, SalaryPeriod, SalaryRange, salary_filter_in_one_currency
from domain.pagination import PageRequest


def _job(salary: SalaryRange | None) -> Job:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    return Job(id="j1", organization_id="o1", title="Nurse", description="Ward", posted_at=now,
               updated_at=now, salary=salary)


def test_the_currency_is_a_keyword_of_the_document():
    assert index_body(8)["mappings"]["properties"]["salary_currency"] == {"type": "keyword"}
    assert job_document(_job(SalaryRange(min=900_000, currency="INR")))["salary_currency"] == "INR"
    assert job_document(_job(None))["salary_currency"] is None


def test_a_minimum_without_a_currency_asks_for_jobs_paid_in_dollars():
    wanted = salary_filter_in_one_currency(JobFilter(min_salary=65_000))
    clauses = search_body(None, wanted, PageRequest())["query"]["bool"]["filter"]
    assert {"range": {"salary_yearly_top_exact": {"gte": 65_000 * 10_000}}} in clauses
    assert {"term": {"salary_currency": "USD"}} in clauses


def test_a_minimum_in_euros_asks_for_jobs_paid_in_euros():
    wanted = salary_filter_in_one_currency(JobFilter(min_salary=50_000, salary_currency="eur"))
    clauses = search_body("nurse", wanted, PageRequest())["query"]["bool"]["filter"]
    assert {"term": {"salary_currency": "EUR"}} in clauses


def test_the_salary_filter_reads_what_a_job_pays_in_a_year():
    assert index_body(8)["mappings"]["properties"]["salary_yearly_top"] == {"type": "long"}
    hourly = job_document(_job(SalaryRange(min=25, max=30, period=SalaryPeriod.HOUR)))
    assert hourly["salary_yearly_top"] == 62_400
    assert job_document(_job(SalaryRange(min=3_000, period=SalaryPeriod.MONTH)))["salary_yearly_top"] == 36_000
    assert job_document(_job(None))["salary_yearly_top"] is None
    per_hour = salary_filter_in_one_currency(JobFilter(min_salary=25, salary_period=SalaryPeriod.HOUR))
    clauses = search_body(None, per_hour, PageRequest())["query"]["bool"]["filter"]
    assert {"range": {"salary_yearly_top_exact": {"gte": 52_000 * 10_000}}} in clauses


def test_the_salary_filter_compares_pence_exactly_in_ten_thousandths():
    assert index_body(8)["mappings"]["properties"]["salary_yearly_top_exact"] == {"type": "long"}
    pence = SalaryRange(min=Decimal("12.60"), max=Decimal("14.35"), currency="GBP", period=SalaryPeriod.HOUR)
    document = job_document(_job(pence))
    assert document["salary_yearly_top_exact"] == 298_480_000  # 14.35 x 2080 = 29848.00
    assert document["salary_yearly_top"] == 29_848 and document["salary_floor"] == 15
    wanted = salary_filter_in_one_currency(
        JobFilter(min_salary=Decimal("12.61"), salary_period=SalaryPeriod.HOUR, salary_currency="GBP"))
    clauses = search_body(None, wanted, PageRequest())["query"]["bool"]["filter"]
    assert {"range": {"salary_yearly_top_exact": {"gte": 262_288_000}}} in clauses  # 12.61 x 2080 = 26228.80
