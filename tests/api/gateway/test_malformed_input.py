"""Malformed requests are the caller's fault: a 4xx with an `extensions.code` a client can act
on, never a 500 and never INTERNAL_SERVER_ERROR."""
from __future__ import annotations

import json

import pytest

from tests.graphql_client import UPLOAD

GRAPHQL_RESPONSE = "application/graphql-response+json"
PREFLIGHT = {"apollo-require-preflight": "true"}


def codes(body) -> list[str]:
    return [error.get("extensions", {}).get("code") for error in body["errors"]]


async def post_raw(client, content: bytes, accept: str = "application/json"):
    return await client.http.post(
        "/graphql", content=content, headers={"content-type": "application/json", "accept": accept}
    )


@pytest.mark.parametrize("content", [b"{not json", b'{"query": "{ __typename }"', b"\xff\xfe", b""])
async def test_a_body_that_is_not_json_is_a_400_with_a_code(client, content):
    response = await post_raw(client, content)
    assert response.status_code == 400
    assert codes(response.json()) == ["BAD_USER_INPUT"]


@pytest.mark.parametrize("batch", [
    [[{"query": "{ __typename }"}]],
    [1, "x", None],
    [{"query": "{ __typename }"}, 7],
    ["{ __typename }"],
])
async def test_a_batch_of_anything_but_operations_is_a_400_with_a_code(client, batch):
    response = await post_raw(client, json.dumps(batch).encode())
    assert response.status_code == 400, response.text
    assert codes(response.json()) == ["BAD_USER_INPUT"]


@pytest.mark.parametrize("body", [7, "query", None, {"query": 7}, {"query": "{ __typename }", "variables": [1]}])
async def test_a_body_that_is_not_one_operation_is_a_400_with_a_code(client, body):
    response = await post_raw(client, json.dumps(body).encode())
    assert response.status_code == 400, response.text
    assert codes(response.json()) == ["BAD_USER_INPUT"]


@pytest.mark.parametrize("file_map", [
    {"0": ["variables.files.1000000000"]},
    {"0": ["variables.files.x"]},
    {"0": ["variables.files.-1"]},
    {"0": ["variables.nothing.here"]},
    {"1": ["variables.file"]},
    {"0": "variables.file"},
    [["variables.file"]],
    {"0": [7]},
])
async def test_a_multipart_map_that_points_nowhere_is_a_400_with_a_code(client, file_map):
    token, _ = await client.candidate()
    response = await client.http.post(
        "/graphql",
        data={
            "operations": json.dumps({"query": UPLOAD, "variables": {"file": None, "files": [None]}}),
            "map": json.dumps(file_map),
        },
        files={"0": ("cv.txt", b"Ada Lovelace, engineer", "text/plain")},
        headers={"Authorization": f"Bearer {token}", **PREFLIGHT},
    )
    assert response.status_code == 400, response.text
    assert codes(response.json()) == ["BAD_USER_INPUT"]


@pytest.mark.parametrize("accept", ["application/json", GRAPHQL_RESPONSE])
async def test_a_syntax_error_is_graphql_parse_failed(client, accept):
    response = await client.http.post("/graphql", json={"query": "{ searchJobs { "}, headers={"accept": accept})
    assert response.status_code == 400
    assert codes(response.json()) == ["GRAPHQL_PARSE_FAILED"]


async def test_a_valid_document_over_the_token_limit_is_told_it_is_too_large_not_a_syntax_error(client, settings):
    # 900 aliases of `me { id }`: valid GraphQL, 5402 tokens. Refused like the depth and alias limits.
    query = "{ " + " ".join(f"a{n}: me {{ id }}" for n in range(900)) + " }"
    response = await client.http.post("/graphql", json={"query": query}, headers={"accept": GRAPHQL_RESPONSE})
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["extensions"] == {"code": "GRAPHQL_VALIDATION_FAILED", "maxTokens": settings.max_tokens, "tokens": 5402}
    assert error["message"].startswith(
        f"The document is too large: it has 5402 tokens (names, punctuation and values), over this server's limit of"
        f" {settings.max_tokens}."), error["message"]
    assert "Syntax Error" not in error["message"]


async def test_a_far_larger_document_is_told_its_size_only_as_far_as_it_was_counted(client, settings):
    query = "{ " + " ".join(f"a{n}: __typename" for n in range(settings.max_tokens * 2)) + " }"
    error = (await client.http.post("/graphql", json={"query": query})).json()["errors"][0]
    assert f"it has more than twice this server's limit of {settings.max_tokens} tokens" in error["message"]
    assert str(settings.max_tokens * 2) not in error["message"]
    assert error["extensions"] == {"code": "GRAPHQL_VALIDATION_FAILED", "maxTokens": settings.max_tokens}


@pytest.mark.parametrize("accept", ["application/json", GRAPHQL_RESPONSE])
async def test_a_validation_error_is_graphql_validation_failed(client, accept):
    response = await client.http.post("/graphql", json={"query": "{ nope }"}, headers={"accept": accept})
    assert response.status_code == 400
    assert codes(response.json()) == ["GRAPHQL_VALIDATION_FAILED"]


async def test_variables_that_do_not_coerce_stay_bad_user_input(client):
    response = await client.http.post(
        "/graphql", json={"query": "query($n: Int){ searchJobs(first: $n){ totalCount } }", "variables": {"n": "x"}}
    )
    assert response.status_code == 400
    assert codes(response.json()) == ["BAD_USER_INPUT"]


async def test_a_two_megabyte_location_filter_is_bad_user_input(client):
    response = await client.http.post("/graphql", json={
        "query": "query($f: JobFilter){ searchJobs(filter: $f){ totalCount } }",
        "variables": {"f": {"location": "x" * 2_000_000}},
    })
    assert response.status_code < 500
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "JobFilter.location" in error["message"]


def signed_link(settings, claims) -> str:
    """A link signed with the server's real key but carrying the given claims, as someone
    holding the key would forge it (HMAC-SHA256 of the body, as DownloadLinks signs)."""
    import base64
    import hashlib
    import hmac

    from gateway.backends.embedded import download_links

    links = download_links(settings)
    body = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    digest = hmac.new(links.secret, body.encode(), hashlib.sha256).digest()
    return f"/downloads/{body}.{base64.urlsafe_b64encode(digest).decode().rstrip('=')}"


@pytest.mark.parametrize("path", [
    "/downloads/eyJrIjoiYSJ9.%C3%A9t%C3%A9",
    "/downloads/%C3%A9t%C3%A9.%C3%A9t%C3%A9",
    "/downloads/%F0%9F%92%A5",
    "/downloads/.",
])
async def test_a_download_link_with_a_non_ascii_or_missing_signature_is_refused_with_a_4xx(client, path):
    response = await client.http.get(path)
    assert 400 <= response.status_code < 500, response.text


@pytest.mark.parametrize("claims", [
    {"k": "a" * 64, "f": "cv.txt"},
    {"k": "a" * 64, "f": "cv.txt", "e": "tomorrow"},
    {"f": "cv.txt", "e": 2**40},
    {"k": ["a"], "f": "cv.txt", "e": 2**40},
    ["not", "claims"],
    {"k": "../../etc/passwd", "f": "x", "e": 2**40},
])
async def test_a_signed_download_link_without_its_claims_is_refused_with_a_4xx(client, settings, claims):
    response = await client.http.get(signed_link(settings, claims))
    assert 400 <= response.status_code < 500, response.text


@pytest.mark.parametrize("position", [2**63, 2**64 + 5, 10**40])
async def test_a_cursor_past_the_largest_position_is_bad_user_input(client, position):
    import base64

    cursor = base64.urlsafe_b64encode(f"cursor:v1:{position}".encode()).decode().rstrip("=")
    body = await client.execute("query($a: String){ searchJobs(after: $a){ totalCount } }", {"a": cursor})
    assert codes(body) == ["BAD_USER_INPUT"], body


@pytest.mark.parametrize("params", [
    {"query": "{ __typename }", "variables": "{not json"},
    {"query": "{ __typename }", "variables": "[1]"},
    {"query": "{ __typename }", "variables": "[{}]"},
    {"query": "{ __typename }", "extensions": "7"},
])
async def test_get_parameters_that_are_not_json_objects_are_a_400_with_a_code(client, params):
    response = await client.http.get("/graphql", params=params, headers=PREFLIGHT)
    assert response.status_code == 400, response.text
    assert codes(response.json()) == ["BAD_USER_INPUT"]


@pytest.mark.parametrize("filename", ["a" * 100_000 + ".txt", "cv\r\nX-Evil: 1.txt", "\x00.txt"])
async def test_an_uploaded_file_name_too_long_or_with_control_characters_never_fails_the_server(client, filename):
    token, _ = await client.candidate()
    response = await client.http.post(
        "/graphql",
        data={"operations": json.dumps({"query": UPLOAD, "variables": {"file": None}}),
              "map": json.dumps({"0": ["variables.file"]})},
        files={"0": (filename, b"Ada Lovelace, engineer. Python.", "text/plain")},
        headers={"Authorization": f"Bearer {token}", **PREFLIGHT},
    )
    assert response.status_code < 500, response.text
    body = response.json()
    assert "INTERNAL_SERVER_ERROR" not in codes(body) if body.get("errors") else True
    uploaded = (body.get("data") or {}).get("uploadResume")
    if uploaded:
        assert len(uploaded["filename"]) <= 255 and "\r" not in uploaded["filename"]


@pytest.mark.parametrize("content", [
    b"[" * 100_000 + b"]" * 100_000,
    b'{"query": "{ __typename }", "variables": {"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}",
])
async def test_json_nested_too_deep_is_a_400_with_a_code(client, content):
    response = await post_raw(client, content)
    assert response.status_code == 400, response.text
    assert codes(response.json()) == ["BAD_USER_INPUT"]


async def test_variables_nested_deep_but_parseable_never_fail_the_server(client):
    deep: object = "x"
    for _ in range(500):
        deep = [deep]
    response = await client.http.post("/graphql", json={
        "query": "query($f: JobFilter){ searchJobs(filter: $f){ totalCount } }", "variables": {"f": {"skills": deep}},
    })
    assert response.status_code < 500 and codes(response.json()) == ["BAD_USER_INPUT"]


@pytest.mark.parametrize("method", ["POST", "GET"])
async def test_a_subscription_sent_over_plain_http_is_a_400_with_a_code(client, method):
    query = "subscription { resumeProcessed { id } }"
    if method == "POST":
        response = await client.http.post("/graphql", json={"query": query})
    else:
        response = await client.http.get("/graphql", params={"query": query}, headers=PREFLIGHT)
    assert response.status_code == 400, response.text
    assert codes(response.json()) == ["BAD_USER_INPUT"]


async def test_a_file_name_over_the_multipart_header_limit_is_a_400_that_says_so(client):
    token, _ = await client.candidate()
    response = await client.http.post(
        "/graphql",
        data={"operations": json.dumps({"query": UPLOAD, "variables": {"file": None}}),
              "map": json.dumps({"0": ["variables.file"]})},
        files={"0": ("a" * 5000 + ".txt", b"Ada Lovelace, nurse", "text/plain")},
        headers={"Authorization": f"Bearer {token}", **PREFLIGHT},
    )
    assert response.status_code == 400, response.text
    assert codes(response.json()) == ["BAD_USER_INPUT"]
    assert "file name" in response.json()["errors"][0]["message"]


@pytest.mark.parametrize("content_type", ["application/xml", "application/x-yaml"])
async def test_an_unsupported_content_type_says_what_to_send(client, content_type):
    response = await client.http.post("/graphql", content=b'{"query": "{ __typename }"}',
                                      headers={"content-type": content_type})
    assert response.status_code == 400
    assert codes(response.json()) == ["BAD_USER_INPUT"]
    assert "application/json" in response.json()["errors"][0]["message"]
