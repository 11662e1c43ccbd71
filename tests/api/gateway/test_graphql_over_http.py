"""GraphQL over HTTP as the spec and Apollo's clients expect it: media types and status codes,
automatic persisted queries, CSRF, body and batch limits, GraphiQL only for browsers."""
from __future__ import annotations

import hashlib
import json

import pytest

GRAPHQL_RESPONSE = "application/graphql-response+json"
PREFLIGHT = {"apollo-require-preflight": "true"}


def sha(query: str) -> str:
    return hashlib.sha256(query.encode()).hexdigest()


def persisted(query_hash: str) -> dict:
    return {"persistedQuery": {"version": 1, "sha256Hash": query_hash}}


async def test_a_validation_error_is_a_400_without_data_for_graphql_response_json(client):
    response = await client.http.post("/graphql", json={"query": "{ nope }"}, headers={"accept": GRAPHQL_RESPONSE})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith(GRAPHQL_RESPONSE)
    body = response.json()
    assert "data" not in body and body["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


async def test_a_validation_error_is_a_400_keeping_data_null_for_legacy_application_json(client):
    # The product's rule (bad input is a 4xx) over graphql-http's SHOULD of 200 (FDE2): see
    # tests/e2e/clients/test_real_clients.py. `data` stays, so Apollo Client reads the errors.
    response = await client.http.post("/graphql", json={"query": "{ nope }"}, headers={"accept": "application/json"})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert "data" in body and body["data"] is None


async def test_an_unknown_persisted_query_hash_is_not_found_with_status_200(client):
    query = "{ __typename }"
    response = await client.http.post("/graphql", json={"extensions": persisted(sha(query))})
    assert response.status_code == 200
    error = response.json()["errors"][0]
    # The message and code exactly as Apollo's clients compare them; the sentence a person acts on beside them.
    assert error["message"] == "PersistedQueryNotFound" and error["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    assert "send the request again with `query`" in error["extensions"]["hint"]


async def test_a_persisted_query_is_stored_once_sent_and_then_runs_by_hash_over_get(client):
    query = "query Typename { __typename }"
    sent = await client.http.post("/graphql", json={"query": query, "extensions": persisted(sha(query))})
    assert sent.json()["data"] == {"__typename": "Query"}

    by_hash = await client.http.get(
        "/graphql",
        params={"extensions": json.dumps(persisted(sha(query)))},
        headers={**PREFLIGHT, "accept": "text/html,application/json;q=0.9"},
    )
    assert by_hash.status_code == 200
    assert by_hash.json()["data"] == {"__typename": "Query"}


async def test_a_hash_that_does_not_match_its_query_is_a_400(client):
    response = await client.http.post(
        "/graphql", json={"query": "{ __typename }", "extensions": persisted(sha("{ me { id } }"))}
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == "provided sha does not match query"


async def test_an_invalid_query_sent_with_its_hash_is_not_stored(client):
    query = "{ notAField }"
    await client.http.post("/graphql", json={"query": query, "extensions": persisted(sha(query))})
    again = await client.http.post("/graphql", json={"extensions": persisted(sha(query))})
    assert again.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"


async def test_a_get_without_a_preflight_forcing_header_is_refused_as_possible_csrf(client):
    response = await client.http.get("/graphql", params={"query": "{ __typename }"})
    assert response.status_code == 400
    assert "Cross-Site Request Forgery" in response.json()["errors"][0]["message"]
    allowed = await client.http.get("/graphql", params={"query": "{ __typename }"}, headers=PREFLIGHT)
    assert allowed.json()["data"] == {"__typename": "Query"}


async def test_a_multipart_post_without_a_preflight_forcing_header_is_refused(client):
    token, _ = await client.candidate()
    response = await client.http.post(
        "/graphql",
        data={"operations": json.dumps({"query": "mutation($f: Upload!){ uploadResume(file: $f){ id } }",
                                        "variables": {"f": None}}),
              "map": json.dumps({"0": ["variables.f"]})},
        files={"0": ("cv.txt", b"Ada Lovelace\nPython", "text/plain")},
        headers={"authorization": f"Bearer {token}"},
    )
    assert response.status_code == 400
    assert "Cross-Site Request Forgery" in response.json()["errors"][0]["message"]


async def test_browsers_get_graphiql_from_the_gateway_itself(client):
    page = await client.http.get("/graphql", headers={"accept": "text/html"})
    assert page.status_code == 200 and "graphiql-assets/graphiql.min.js" in page.text
    assert "unpkg" not in page.text and "cdn" not in page.text.lower()
    assert "default-src 'self'" in page.headers["content-security-policy"]
    script = await client.http.get("/graphiql-assets/graphiql.min.js")
    assert script.status_code == 200 and len(script.content) > 1_000_000


async def test_a_batch_runs_each_operation_and_a_too_large_batch_is_refused(client, settings):
    batch = [{"query": "{ __typename }"}, {"query": "{ nope }"}]
    answers = (await client.http.post("/graphql", json=batch)).json()
    assert answers[0]["data"] == {"__typename": "Query"}
    assert answers[1]["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"

    too_many = [{"query": "{ __typename }"}] * (settings.max_batch_operations + 1)
    refused = await client.http.post("/graphql", json=too_many)
    assert refused.status_code == 400
    assert "at most" in refused.json()["errors"][0]["message"]


async def test_a_body_over_the_size_limit_is_refused_with_413(client, settings):
    """Told the request's limit, not résumé formats: a plain JSON request sent no file (an upload
    keeps the résumé's terms: tests/api/test_resume_uploads.py)."""
    body = b'{"query": "{ __typename }", "variables": {"pad": "' + b"x" * settings.max_body_bytes + b'"}}'
    response = await client.http.post("/graphql", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 413
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["maxBytes"] == settings.max_body_bytes
    assert error["message"].startswith("The request body is larger than the")
    assert "MiB" in error["message"] and "split" in error["message"]
    assert "resume" not in error["message"].lower() and "DOCX" not in error["message"]


async def test_a_chunked_body_over_the_size_limit_is_refused_with_413(client, settings):
    async def chunks():
        yield b'{"query": "{ __typename }", "variables": {"pad": "'
        for _ in range(settings.max_body_bytes // 65536 + 1):
            yield b"x" * 65536
        yield b'"}}'

    response = await client.http.post("/graphql", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert "resume" not in response.json()["errors"][0]["message"].lower()


async def test_several_operations_without_an_operation_name_are_refused_not_the_first_run(client):
    # GraphQL spec, GetOperation: without operationName the document must hold one operation.
    body = await client.execute("query A { __typename } mutation B { logout }")
    assert body.get("data") is None
    (error,) = body["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "operationName" in error["message"]


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
async def test_a_method_the_endpoint_does_not_take_is_a_json_405_naming_get_and_post(client, method):
    response = await client.http.request(method, "/graphql", json={"query": "{ __typename }"})
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST, OPTIONS"
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["message"].startswith(f"{method} is not a method this endpoint takes: use GET or POST."), error
