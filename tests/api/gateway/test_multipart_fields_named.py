"""A multipart upload whose `operations` or `map` field is missing or not JSON: a 400 whose
message names the field at fault, never 'request body' (the body is multipart) nor a
variable that 'must not be None' (the file was sent; the map that places it was not)."""
from __future__ import annotations

import json

import pytest

from tests.graphql_client import UPLOAD

PREFLIGHT = {"Apollo-Require-Preflight": "true"}
CV = {"0": ("cv.txt", b"Ada Lovelace, engineer", "text/plain")}
OPERATIONS = json.dumps({"query": UPLOAD, "variables": {"file": None}})


async def _post(client, form: dict[str, str]):
    token, _ = await client.candidate()
    return await client.http.post("/graphql", data=form, files=CV,
                                  headers={"Authorization": f"Bearer {token}", **PREFLIGHT})


@pytest.mark.parametrize("form, field", [
    ({"operations": OPERATIONS, "map": "{not json"}, "map"),
    ({"operations": "{not json", "map": json.dumps({"0": ["variables.file"]})}, "operations"),
])
async def test_a_multipart_field_that_is_not_json_is_named(client, form, field):
    response = await _post(client, form)
    assert response.status_code == 400, response.text
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert f"`{field}`" in error["message"]


@pytest.mark.parametrize("form, field", [
    ({"operations": OPERATIONS}, "map"),
    ({"map": json.dumps({"0": ["variables.file"]})}, "operations"),
])
async def test_files_sent_without_a_map_or_operations_name_the_missing_field(client, form, field):
    response = await _post(client, form)
    assert response.status_code == 400, response.text
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert f"`{field}`" in error["message"]


@pytest.mark.parametrize("query, variables, path, said", [
    ("query($q: String){ searchJobs(query: $q, first: 1){ totalCount } }", {"q": None}, "variables.q",
     "Variable '$q' takes text (String), not a file"),
    ("query($n: Int){ searchJobs(first: $n){ totalCount } }", {"n": None}, "variables.n",
     "Variable '$n' takes a whole number (Int), not a file"),
    ("mutation($i: JobInput!){ postJob(input: $i){ id } }", {"i": {"title": "T", "description": None}},
     "variables.i.description", "Variable '$i' at .description takes text (String), not a file"),
])
async def test_a_file_mapped_onto_a_variable_that_is_not_an_upload_says_what_the_variable_takes(
        client, query, variables, path, said):
    response = await _post(client, {"operations": json.dumps({"query": query, "variables": variables}),
                                    "map": json.dumps({"0": [path]})})
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["message"].startswith(said), error["message"]
    assert "Upload" in error["message"] and "instance>" not in error["message"]


async def test_a_map_that_places_no_file_names_the_file_variable_and_the_map(client):
    # The file part was sent, but the empty map puts it nowhere: the Upload! variable stays null.
    response = await _post(client, {"operations": OPERATIONS, "map": "{}"})
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["message"].startswith("Variable '$file' takes a file and none was placed in it"), error["message"]
    assert "`map`" in error["message"] and '{"0": ["variables.file"]}' in error["message"]
    assert "not to be None" not in error["message"]
