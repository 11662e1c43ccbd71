"""What operators and admins see: Prometheus metrics, JSON logs with request id and operation,
traces when an exporter is configured, and backend calls per port on an admin's request."""
from __future__ import annotations

import json
import logging

import pytest

from gateway.http.limits import BACKEND_CALLS_HEADER
from gateway.log_format import JsonFormatter
from tests.admin_helpers import admin_token

SEARCH = "query Search { searchJobs(first: 5) { edges { node { id organization { name } } } } }"


async def test_metrics_count_operations_errors_and_dataloader_batches(client):
    employer, _ = await client.employer()
    for title in ("One", "Two", "Three"):
        await client.post_job(employer, title=title)
    await client.data(SEARCH)
    await client.execute("{ nope }")

    text = (await client.http.get("/metrics")).text
    assert 'talentgraph_graphql_operations_total{operation="Search",outcome="ok"} 1.0' in text
    assert 'talentgraph_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}' in text
    assert 'talentgraph_graphql_operation_seconds_count{operation="Search"} 1.0' in text
    # Three jobs of one organization: one batch of one key (the loader deduplicates).
    assert 'talentgraph_dataloader_batch_size_count{loader="organization_by_id"}' in text
    assert 'talentgraph_queue_items{state="dead"} 0.0' in text


async def test_each_operation_logs_one_json_line_with_its_request_id_and_name(client, caplog):
    with caplog.at_level(logging.INFO, logger="talentgraph.requests"):
        response = await client.http.post("/graphql", json={"query": SEARCH}, headers={"x-request-id": "req-42"})
    assert response.headers["x-request-id"] == "req-42"
    lines = [json.loads(JsonFormatter().format(r)) for r in caplog.records if r.name == "talentgraph.requests"]
    assert lines and lines[-1]["request_id"] == "req-42" and lines[-1]["operation"] == "Search"


async def test_an_admin_asking_for_backend_calls_gets_them_per_port(client, app):
    admin, _ = await admin_token(app, client)
    response = await client.http.post(
        "/graphql", json={"query": SEARCH}, headers={"authorization": f"Bearer {admin}", BACKEND_CALLS_HEADER: "1"}
    )
    calls = response.json()["extensions"]["backendCalls"]
    assert calls.get("jobs.search") == 1


async def test_backend_calls_stay_hidden_from_everyone_else(client):
    token, _ = await client.candidate()
    response = await client.http.post(
        "/graphql", json={"query": SEARCH}, headers={"authorization": f"Bearer {token}", BACKEND_CALLS_HEADER: "1"}
    )
    assert "backendCalls" not in response.json().get("extensions", {})


class TestTracing:
    @pytest.fixture
    def settings(self, settings):
        settings.tracing_exporter = "memory"
        return settings

    async def test_a_configured_exporter_receives_a_span_per_operation(self, client, app):
        await client.data(SEARCH)
        spans = app.state.span_exporter.get_finished_spans()
        assert any(span.name.startswith("GraphQL Query") for span in spans), [s.name for s in spans]
