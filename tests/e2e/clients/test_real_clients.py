"""The gateway as real clients from npm see it: the graphql-http audit, Apollo Client with
persisted queries, graphql-ws and apollo-upload-client, against a live server on 127.0.0.1."""
from __future__ import annotations

from tests.e2e.clients.live_gateway import run_node

# SHOULD checks the gateway answers otherwise on purpose, each a warning, never a MUST.
ANSWERED_OTHERWISE_ON_PURPOSE = {
    # Bad input is a 4xx (Apollo Server 4's 400) under legacy application/json too, `data` kept:
    "572B": "a document that does not parse is a 400, not a 200",
    "FDE2": "a document that does not validate is a 400, not a 200",
    "7B9B": "variables that do not coerce are a 400, not a 200 (its `$id` is unused: a validation error, 400 too)",
}


def test_the_graphql_over_http_audit_passes_but_for_the_named_shoulds(gateway):
    report = run_node("audit_graphql_http.mjs", gateway.url)
    assert report["total"] == 60
    unexpected = [f for f in report["failures"] if f["id"] not in ANSWERED_OTHERWISE_ON_PURPOSE or f["status"] != "warn"]
    assert unexpected == [], unexpected
    # Each allowance is still needed (and still only a warning): none hides a check now passing.
    assert sorted(f["id"] for f in report["failures"]) == sorted(ANSWERED_OTHERWISE_ON_PURPOSE), report["failures"]


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


def test_apollo_client_gets_a_refusals_code_with_its_4xx(gateway):
    """Apollo Client 3 reads a 4xx body as GraphQL errors only when `data` is truthy (an object):
    with `data: null` (a non-null root field refused) the codes come as a ServerError's
    `networkError.result.errors`, as they do from Apollo Server 4. Either way the code reaches
    the application."""
    report = run_node("apollo_refused_operations.mjs", gateway.url)

    for policy in ("none", "all"):
        assert report["noData"][policy] == {"status": 401, "data": None, "graphQLErrors": [],
                                            "networkError": {"statusCode": 401, "resultCodes": ["UNAUTHENTICATED"]}}
    assert report["rootFieldsNull"]["none"] == {"status": 401, "data": None, "graphQLErrors": ["UNAUTHENTICATED"],
                                                "networkError": None}
    assert report["rootFieldsNull"]["all"]["networkError"] == {"statusCode": 401, "resultCodes": ["UNAUTHENTICATED"]}
