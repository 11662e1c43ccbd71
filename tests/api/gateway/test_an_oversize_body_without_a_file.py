"""A request over the body limit that carries no file is told that the request is too large,
with the limit: telling a plain JSON request about resume formats sends its sender looking for
a file they never sent. (An upload keeps the resume's terms: tests/api/test_resume_uploads.py.)"""
from __future__ import annotations


async def test_a_plain_json_body_over_the_limit_is_told_the_request_limit_not_resume_formats(client, settings):
    body = b'{"query": "{ __typename }", "variables": {"pad": "' + b"x" * settings.max_body_bytes + b'"}}'
    response = await client.http.post("/graphql", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 413
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["maxBytes"] == settings.max_body_bytes
    assert error["message"].startswith("The request body is larger than the")
    assert "MiB" in error["message"] and "split" in error["message"]
    assert "resume" not in error["message"].lower() and "DOCX" not in error["message"]


async def test_a_chunked_json_body_over_the_limit_is_told_the_same(client, settings):
    async def chunks():
        yield b'{"query": "{ __typename }", "variables": {"pad": "'
        for _ in range(settings.max_body_bytes // 65536 + 1):
            yield b"x" * 65536
        yield b'"}}'

    response = await client.http.post("/graphql", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert "resume" not in response.json()["errors"][0]["message"].lower()
