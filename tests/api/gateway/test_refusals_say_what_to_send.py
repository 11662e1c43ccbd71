"""Refusals of a request's form say what to send instead: a compressed body is told its
encoding is not taken (415, not "not valid JSON"), and an enum value that does not exist is
told the values that do, in a variable or written in the document."""
from __future__ import annotations

import gzip
import json

GRAPHQL_RESPONSE = "application/graphql-response+json"

STATUSES = "SUBMITTED, SCREENING, INTERVIEW, OFFER, HIRED, REJECTED, WITHDRAWN"


async def test_a_gzipped_body_is_told_its_encoding_is_not_supported(client):
    body = gzip.compress(json.dumps({"query": "{ __typename }"}).encode())
    response = await client.http.post("/graphql", content=body, headers={
        "content-type": "application/json", "content-encoding": "gzip", "accept": GRAPHQL_RESPONSE})
    assert response.status_code == 415, response.text
    assert response.headers["accept-encoding"] == "identity"
    [error] = response.json()["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "reason": "CONTENT_ENCODING_NOT_SUPPORTED"}
    assert "'gzip' is not supported" in error["message"] and "JSON" not in error["message"]
    # Named as not encoded, a body is read as before.
    plain = await client.http.post("/graphql", json={"query": "{ __typename }"},
                                   headers={"content-encoding": "identity"})
    assert plain.json()["data"] == {"__typename": "Query"}


async def test_an_enum_value_that_does_not_exist_is_told_the_values_that_do(client):
    token, _ = await client.employer()
    in_variable = await client.execute(
        "query($s: ApplicationStatus){ me { organization { applications(status: $s){ totalCount } } } }",
        {"s": "REVIEWING"}, token)
    [error] = in_variable["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["message"].endswith(f"It takes one of: {STATUSES}."), error["message"]

    in_document = await client.execute(
        "{ me { organization { applications(status: REVIEWING){ totalCount } } } }", token=token)
    [error] = in_document["errors"]
    assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert error["message"].endswith(f"It takes one of: {STATUSES}."), error["message"]
