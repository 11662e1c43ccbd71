"""A GET request's problem names the query parameter it lies in: a lone UTF-16 surrogate in
`variables` was told as a problem of `q` (a variable) or of the request body, malformed JSON in
a parameter as "Unable to parse request body as JSON", and percent-escapes that are no UTF-8
(%ED%A0%80, a lone surrogate's bytes) quietly became U+FFFD in the operation."""
from __future__ import annotations

import pytest

PREFLIGHT = {"Apollo-Require-Preflight": "true"}
SEARCH = "query($q: String){ searchJobs(query: $q){ totalCount } }"


async def get(client, query_string: str):
    response = await client.http.get(f"/graphql?{query_string}", headers=PREFLIGHT)
    assert response.status_code == 400, response.text
    (error,) = response.json()["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT", error
    return error["message"]


@pytest.mark.parametrize("parameter, value, where", [
    ("variables", '{"q": "\\ud800nurse"}', "`variables.q`"),
    ("variables", '{"\\udc00": 1}', "`variables.\\udc00`"),
    ("extensions", '{"trace": "\\ud800"}', "`extensions.trace`"),
])
async def test_a_lone_surrogate_escape_in_a_json_parameter_names_the_parameter(client, parameter, value, where):
    message = await get(client, str(client.http.build_request(
        "GET", "/graphql", params={"query": SEARCH, parameter: value}).url.query.decode()))
    assert where in message and "UTF-8" in message, message


@pytest.mark.parametrize("parameter", ["query", "operationName", "variables", "extensions"])
async def test_percent_escapes_that_are_no_utf8_name_the_parameter(client, parameter):
    values = {"query": "%7B%20__typename%20%7D", "operationName": "A", "variables": "%7B%7D", "extensions": "%7B%7D"}
    values[parameter] = {"query": "%7B%20__typename%20%ED%A0%80%7D", "operationName": "%ED%A0%80",
                         "variables": "%7B%22q%22%3A%22%ED%A0%80%22%7D", "extensions": "%7B%22x%22%3A%22%E9%22%7D"}[parameter]
    if parameter != "operationName":
        values.pop("operationName")
    message = await get(client, "&".join(f"{name}={value}" for name, value in values.items()))
    assert f"The `{parameter}` query parameter is not UTF-8" in message, message


async def test_a_replacement_character_sent_as_utf8_is_text_like_any_other(client):
    # Beside a word: a search of symbols alone is refused as naming nothing (test_search_without_words.py)
    response = await client.http.get("/graphql", params={"query": SEARCH, "variables": '{"q": "caf\ufffd nurse"}'},
                                     headers=PREFLIGHT)
    assert response.status_code == 200 and response.json()["data"]["searchJobs"]["totalCount"] == 0, response.text


@pytest.mark.parametrize("parameter, value, expected", [
    ("variables", '{"q": ', "The `variables` query parameter is not valid JSON"),
    ("extensions", "{nope}", "The `extensions` query parameter is not valid JSON"),
    ("variables", "[1]", "The `variables` query parameter must be a JSON object (or null, or left out), not an array"),
    ("extensions", '"x"', "The `extensions` query parameter must be a JSON object (or null, or left out), not a string"),
])
async def test_a_json_parameter_that_is_no_object_names_the_parameter(client, parameter, value, expected):
    message = await get(client, str(client.http.build_request(
        "GET", "/graphql", params={"query": SEARCH, parameter: value}).url.query.decode()))
    assert message.startswith(expected), message
