"""A JSON escape of half a UTF-16 pair ("\\ud800" alone) is no Unicode text: a request holding
one is BAD_USER_INPUT naming where, over HTTP (400) and in a multipart upload's operations.
It reached argon2 in a password (INTERNAL_SERVER_ERROR) and the JSON answer echoing a refused
address (HTTP 500 without a GraphQL body)."""
from __future__ import annotations

import pytest

REGISTER = "mutation($i: RegisterInput!){ register(input: $i){ user { id } } }"
LOGIN = "mutation($e: String!, $p: String!){ login(email: $e, password: $p){ accessToken } }"
SEARCH = "query($q: String){ searchJobs(query: $q){ totalCount } }"


def _body(query: str, variables_json: str) -> bytes:
    quoted = query.replace('"', '\\"')
    return f'{{"query": "{quoted}", "variables": {variables_json}}}'.encode()


@pytest.mark.parametrize("query, variables_json, where", [
    (LOGIN, '{"e": "a@example.com", "p": "abc\\ud800defghijkl"}', "`variables.p`"),
    (REGISTER, '{"i": {"email": "a@example.com", "password": "correct horse \\udc00 battery", "name": "A",'
               ' "role": "CANDIDATE"}}', "`variables.i.password`"),
    (REGISTER, '{"i": {"email": "s\\ud800@example.com", "password": "correct horse battery staple 9",'
               ' "name": "A", "role": "CANDIDATE"}}', "`variables.i.email`"),
    (SEARCH, '{"q": ["x"], "\\ud800": 1}', "`variables.\\ud800`"),
])
async def test_a_lone_surrogate_escape_is_bad_user_input_naming_where(client, query, variables_json, where):
    response = await client.http.post("/graphql", content=_body(query, variables_json),
                                      headers={"content-type": "application/json"})
    assert response.status_code == 400, response.text
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert where in error["message"] and "UTF-8" in error["message"]


async def test_a_whole_pair_escaped_is_a_character_like_any_other(client):
    body = _body(REGISTER, '{"i": {"email": "pair@example.com", "password": "correct horse battery staple 9",'
                           ' "name": "Chef \\ud83d\\udc69\\u200d\\ud83c\\udf73 Ana", "role": "CANDIDATE"}}')
    response = await client.http.post("/graphql", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 200 and "errors" not in response.json(), response.text


async def test_a_lone_surrogate_in_multipart_operations_is_refused_too(client):
    token, _ = await client.candidate()
    operations = '{"query": "mutation($f: Upload!){ uploadResume(file: $f){ id } }", "variables": {"f": null, "x": "\\ud800"}}'
    response = await client.http.post(
        "/graphql", data={"operations": operations, "map": '{"0": ["variables.f"]}'},
        files={"0": ("cv.txt", b"Ana Chef\nSkills: knife skills", "text/plain")},
        headers={"Authorization": f"Bearer {token}", "Apollo-Require-Preflight": "true"},
    )
    assert response.status_code == 400, response.text
    assert "`variables.x`" in response.json()["errors"][0]["message"]
