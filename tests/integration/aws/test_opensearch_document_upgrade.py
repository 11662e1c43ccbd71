"""A jobs index written by an older release (before the yearly salary and currency fields) is
brought up to date in place: the fields added to its mapping, every job in the table written
again, its other _meta kept, and nothing done a second time.

The jobs live in a real DynamoDB table (moto's server, the real wire protocol). No OpenSearch
runs here: StubOpenSearch stands in for the client (a stub at the edge, answering GET/PUT
_mapping and _bulk as the server does); tests/integration/aws/test_opensearch_contract.py
runs the same upgrade against a real one when OPENSEARCH_URL is set."""
from __future__ import annotations

import copy
import json
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from opensearchpy.serializer import JSONSerializer

from adapters.aws.dynamodb.access import DynamoTable
from adapters.aws.dynamodb.every_job import every_job
from adapters.aws.dynamodb.jobs import DynamoJobRepository
from adapters.aws.dynamodb.table import create_table
from adapters.aws.opensearch.document_upgrade import upgrade_documents
from adapters.aws.opensearch.job_index import OpenSearchJobIndex
from adapters.aws.opensearch.mapping import DOCUMENT_VERSION, index_body
from domain.jobs import Job, SalaryPeriod, SalaryRange


class StubIndices:
    def __init__(self, mappings: dict[str, Any]) -> None:
        self.mappings = mappings
        self.put: list[dict[str, Any]] = []

    async def exists(self, index: str) -> bool:
        return True

    async def get_settings(self, index: str) -> dict[str, Any]:
        settings = index_body(3)["settings"]
        return {index: {"settings": {"index": {**settings["index"], "analysis": settings["analysis"]}}}}

    async def get_mapping(self, index: str) -> dict[str, Any]:
        return {index: {"mappings": copy.deepcopy(self.mappings)}}

    async def put_mapping(self, index: str, body: dict[str, Any]) -> None:
        self.put.append(body)
        self.mappings.setdefault("properties", {}).update(body.get("properties", {}))
        if "_meta" in body:
            self.mappings["_meta"] = body["_meta"]  # replaced whole, as the server does


class StubOpenSearch:
    def __init__(self, mappings: dict[str, Any]) -> None:
        self.indices = StubIndices(mappings)
        self.transport = SimpleNamespace(serializer=JSONSerializer())  # what opensearch-py's bulk helper encodes with
        self.documents: dict[str, dict[str, Any]] = {}
        self.bulks = 0

    async def bulk(self, body: str, **params: Any) -> dict[str, Any]:
        lines = [json.loads(line) for line in body.splitlines() if line]
        items = []
        for action, source in zip(lines[::2], lines[1::2]):
            target = action["update"]
            self.documents.setdefault(target["_id"], {}).update(source["doc"])
            items.append({"update": {"_index": target["_index"], "_id": target["_id"], "status": 200}})
        self.bulks += 1
        return {"took": 1, "errors": False, "items": items}


def _older_release_mappings() -> dict[str, Any]:
    mappings = index_body(3)["mappings"]
    for name in ("salary_yearly_top", "salary_currency"):
        del mappings["properties"][name]
    mappings["_meta"] = {"vector_generation": "g7"}
    return mappings


def _job(n: int, salary: SalaryRange | None = None) -> Job:
    at = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=n)
    return Job(id=f"job-{n}", organization_id="org-1", title=f"Nurse {n}", description="Ward work.",
               posted_at=at, updated_at=at, salary=salary)


@pytest.fixture
async def jobs_table(moto_endpoint, aws_names):
    import aioboto3

    async with aioboto3.Session(region_name="us-east-1").client("dynamodb", endpoint_url=moto_endpoint) as client:
        await create_table(client, aws_names["table"])
        repository = DynamoJobRepository(DynamoTable(client, aws_names["table"]))
        yield client, aws_names["table"], repository


async def test_an_older_index_gets_the_fields_and_every_job_written_again_once(jobs_table):
    client, table, repository = jobs_table
    hourly = SalaryRange(min=25, max=30, period=SalaryPeriod.HOUR, currency="EUR")
    for n in range(5):
        await repository.add(_job(n, hourly if n == 3 else None))
    search = StubOpenSearch(_older_release_mappings())
    index = OpenSearchJobIndex(search, "jobs", 3)  # type: ignore[arg-type]

    upgrade = await upgrade_documents(index, lambda: every_job(client, table), repository.get_many, chunk=2)

    assert upgrade.fields_added == ["salary_currency", "salary_yearly_top"] and upgrade.jobs_written == 5
    assert search.indices.put[0] == {"properties": {"salary_yearly_top": {"type": "long"},
                                                    "salary_currency": {"type": "keyword"}}}
    assert search.bulks == 3  # chunks of 2
    assert sorted(search.documents) == [f"job-{n}" for n in range(5)]
    assert search.documents["job-3"]["salary_yearly_top"] == 30 * 2080
    assert search.documents["job-3"]["salary_currency"] == "EUR"
    assert search.documents["job-0"]["salary_yearly_top"] is None
    assert search.indices.mappings["_meta"] == {"vector_generation": "g7", "document_version": DOCUMENT_VERSION}

    again = await upgrade_documents(index, lambda: every_job(client, table), repository.get_many, chunk=2)
    assert again.fields_added == [] and again.jobs_written == 0 and search.bulks == 3


async def test_a_job_edited_while_the_index_is_upgraded_keeps_its_edit(jobs_table):
    client, table, repository = jobs_table
    for n in range(3):
        await repository.add(_job(n))
    edited = _job(0).model_copy(update={"title": "Charge Nurse", "updated_at": _job(0).updated_at + timedelta(hours=1)})

    async def listed_then_edited() -> AsyncIterator[Job]:
        async for job in every_job(client, table):
            yield job
            if job.id == "job-0":  # listed with its old title; edited before its chunk is written
                assert await repository.update(edited)

    search = StubOpenSearch(_older_release_mappings())
    await upgrade_documents(OpenSearchJobIndex(search, "jobs", 3), listed_then_edited,  # type: ignore[arg-type]
                            repository.get_many, chunk=10)
    assert search.documents["job-0"]["title"] == "Charge Nurse"


async def test_an_upgrade_stopped_halfway_is_done_again_whole(jobs_table):
    client, table, repository = jobs_table
    for n in range(4):
        await repository.add(_job(n))
    search = StubOpenSearch(_older_release_mappings())
    index = OpenSearchJobIndex(search, "jobs", 3)  # type: ignore[arg-type]
    calls = 0

    async def failing_after_one_chunk(ids):
        nonlocal calls
        calls += 1
        if calls == 2:
            raise ConnectionError("the table stopped answering")
        return await repository.get_many(ids)

    with pytest.raises(ConnectionError):
        await upgrade_documents(index, lambda: every_job(client, table), failing_after_one_chunk, chunk=2)
    assert "document_version" not in search.indices.mappings["_meta"]
    done = await upgrade_documents(index, lambda: every_job(client, table), repository.get_many, chunk=2)
    assert done.jobs_written == 4 and search.indices.mappings["_meta"]["document_version"] == DOCUMENT_VERSION


async def test_an_older_index_is_reported_at_start_and_a_current_one_is_not(caplog):
    older = StubOpenSearch(_older_release_mappings())
    with caplog.at_level(logging.WARNING):
        await OpenSearchJobIndex(older, "jobs", 3).ensure_index()  # type: ignore[arg-type]
    assert "salary_currency, salary_yearly_top" in caplog.text and "talentgraph provision" in caplog.text
    caplog.clear()
    current = StubOpenSearch(index_body(3)["mappings"])
    with caplog.at_level(logging.WARNING):
        await OpenSearchJobIndex(current, "jobs", 3).ensure_index()  # type: ignore[arg-type]
    assert caplog.text == ""


async def test_the_vector_generation_and_the_document_version_keep_each_other():
    search = StubOpenSearch(index_body(3)["mappings"])
    index = OpenSearchJobIndex(search, "jobs", 3)  # type: ignore[arg-type]
    await index.upsert([], generation="g8")
    assert search.indices.mappings["_meta"] == {"document_version": DOCUMENT_VERSION, "vector_generation": "g8"}
