"""The gateway as real clients from npm see it: the graphql-http audit, Apollo Client with
persisted queries, graphql-ws and apollo-upload-client, against a live server on 127.0.0.1."""
from __future__ import annotations

from tests.e2e.clients.live_gateway import run_node


def test_every_graphql_over_http_audit_passes(gateway):
    report = run_node("audit_graphql_http.mjs", gateway.url)
    assert report["total"] == 60
    assert report["failures"] == [], report["failures"]


def test_apollo_client_sends_hashes_by_get_and_the_query_only_once(gateway):
    employer = gateway.register("EMPLOYER", "apq-employer@example.com")
    posted = gateway.execute(
        'mutation{ postJob(input: {title: "Data Engineer", description: "Python, Spark and SQL pipelines."}){ id } }',
        token=employer,
    )
    assert not posted.get("errors"), posted
    candidate = gateway.register("CANDIDATE", "apq-candidate@example.com")

    report = run_node("apollo_persisted_queries.mjs", gateway.url, candidate)

    titles = [edge["node"]["title"] for edge in report["first"]["searchJobs"]["edges"]]
    assert "Data Engineer" in titles
    assert report["second"] == report["first"]
    first_try, retry, second_client = report["requests"]
    assert first_try == {"method": "GET", "sentQuery": False, "status": 200, "codes": ["PERSISTED_QUERY_NOT_FOUND"]}
    assert retry["sentQuery"] is True and retry["codes"] == []
    assert second_client == {"method": "GET", "sentQuery": False, "status": 200, "codes": []}


def test_a_resume_uploaded_with_apollo_upload_client_is_announced_over_graphql_ws(gateway):
    candidate = gateway.register("CANDIDATE", "uploader@example.com")

    report = run_node("resume_upload_with_live_status.mjs", gateway.url, gateway.ws_url, candidate)

    assert report["uploaded"]["filename"] == "ada-lovelace.txt"
    assert report["processed"]["id"] == report["uploaded"]["id"]
    assert report["processed"]["status"] == "PARSED"
