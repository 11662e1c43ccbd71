"""`minSalary` is an amount in one currency (`salaryCurrency`, USD when left out): a search
compares it only with jobs paid in that currency, never a EUR or INR number with a USD one.
Over GraphQL, on both backends."""
from __future__ import annotations

from tests.aws_backend import aws_client, aws_settings  # noqa: F401
from tests.resume_choice_helpers import backend  # noqa: F401

SEARCH = "query($f: JobFilter){ searchJobs(filter: $f){ edges { node { title } } } }"


async def _titles(client, **wanted) -> set[str]:
    edges = (await client.data(SEARCH, {"f": wanted}))["searchJobs"]["edges"]
    return {e["node"]["title"] for e in edges}


async def _board(client) -> None:
    token, _ = await client.employer()
    for title, salary in (
        ("Nurse Boston", {"min": 60000, "max": 70000, "currency": "USD"}),
        ("Nurse Berlin", {"min": 45000, "max": 55000, "currency": "EUR"}),
        ("Nurse Pune", {"min": 900000, "max": 1200000, "currency": "INR"}),
        ("Nurse Leeds", {"min": 30000, "currency": "GBP"}),
    ):
        await client.post_job(token, title=title, description="Ward nursing.", salary=salary)


async def test_a_minimum_in_dollars_is_never_met_by_a_bigger_number_in_rupees(backend):
    await _board(backend)
    assert await _titles(backend, minSalary=65000) == {"Nurse Boston"}
    assert await _titles(backend, minSalary=65000, salaryCurrency="USD") == {"Nurse Boston"}


async def test_a_minimum_in_euros_compares_only_with_jobs_paid_in_euros(backend):
    await _board(backend)
    assert await _titles(backend, minSalary=50000, salaryCurrency="eur") == {"Nurse Berlin"}
    assert await _titles(backend, minSalary=60000, salaryCurrency="EUR") == set()
    assert await _titles(backend, minSalary=1000000, salaryCurrency="INR") == {"Nurse Pune"}


async def test_a_currency_alone_lists_the_jobs_paid_in_it(backend):
    await _board(backend)
    assert await _titles(backend, salaryCurrency="GBP") == {"Nurse Leeds"}


async def test_a_made_up_currency_is_refused_with_the_argument_named(client):
    body = await client.execute(SEARCH, {"f": {"minSalary": 1, "salaryCurrency": "XYZ"}})
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["field"] == "filter.salaryCurrency"
    assert "ISO 4217" in error["message"]
