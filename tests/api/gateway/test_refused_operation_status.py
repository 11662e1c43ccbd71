"""Under legacy `application/json` an operation refused for the caller's input or rights is a
4xx (Apollo Server 4's statuses) with the body unchanged, `data` included, so Apollo Client
still reads it as GraphQL errors; anything with data in it, a batch, and the persisted-query
handshake stay 200."""
from __future__ import annotations

import pytest

from resolvers.ids import to_global_id

JSON = {"accept": "application/json"}
GRAPHQL_RESPONSE = {"accept": "application/graphql-response+json"}
POST_JOB = "mutation($i: JobInput!){ postJob(input: $i){ id } }"
A_JOB = {"i": {"title": "Backend Engineer", "description": "Build APIs in Python and PostgreSQL."}}
REGISTER = "mutation($i: RegisterInput!){ register(input: $i){ accessToken } }"
SOMEONE = "VXNlcjox"  # a well-formed User id


async def post(client, query: str, variables: dict | None = None, token: str | None = None,
               headers: dict | None = None):
    all_headers = {**JSON, **(headers or {}), **({"authorization": f"Bearer {token}"} if token else {})}
    return await client.http.post("/graphql", json={"query": query, "variables": variables or {}}, headers=all_headers)


def codes(body: dict) -> list[str]:
    return [error["extensions"]["code"] for error in body["errors"]]


async def test_a_mutation_its_resolver_refuses_as_bad_input_is_a_400_with_data_null(client):
    token, _ = await client.employer()
    response = await post(client, POST_JOB, {"i": {"title": " ", "description": "Build APIs."}}, token)
    assert response.status_code == 400, response.text
    body = response.json()
    assert "data" in body and body["data"] is None
    assert codes(body) == ["BAD_USER_INPUT"] and "`title` must not be empty" in body["errors"][0]["message"]


async def test_a_field_that_needs_a_signed_in_caller_is_a_401(client):
    response = await post(client, POST_JOB, A_JOB)
    assert response.status_code == 401, response.text
    assert response.json()["data"] is None and codes(response.json()) == ["UNAUTHENTICATED"]


async def test_a_field_the_caller_may_not_use_is_a_403(client):
    token, _ = await client.candidate()
    response = await post(client, POST_JOB, A_JOB, token)
    assert response.status_code == 403, response.text
    assert codes(response.json()) == ["FORBIDDEN"]


async def test_a_record_that_does_not_exist_is_a_404(client):
    token, _ = await client.employer()
    response = await post(client, "mutation($id: ID!){ closeJob(id: $id){ id } }", {"id": to_global_id("Job", "9999")}, token)
    assert response.status_code == 404, response.text
    assert codes(response.json()) == ["NOT_FOUND"]


async def test_registering_an_address_already_taken_is_a_409(client):
    account = {"email": "taken@example.com", "password": "correct horse battery staple", "name": "Ada",
               "role": "CANDIDATE"}
    assert (await post(client, REGISTER, {"i": account})).status_code == 200
    again = await post(client, REGISTER, {"i": account})
    assert again.status_code == 409, again.text
    assert codes(again.json()) == ["CONFLICT"]


async def test_every_root_field_null_counts_as_no_data(client):
    response = await post(client, f'{{ adminUser(id: "{SOMEONE}"){{ id }} }}')
    assert response.status_code == 401, response.text
    assert response.json()["data"] == {"adminUser": None}


async def test_refusals_of_different_statuses_are_a_400(client):
    response = await post(client, f'{{ a: adminUser(id: "{SOMEONE}"){{ id }} n: node(id: "garbage"){{ id }} }}')
    assert sorted(codes(response.json())) == ["BAD_USER_INPUT", "UNAUTHENTICATED"]
    assert response.status_code == 400, response.text


async def test_a_partial_result_stays_200(client):
    response = await post(client, f'{{ __typename adminUser(id: "{SOMEONE}"){{ id }} }}')
    assert response.status_code == 200, response.text
    assert response.json()["data"] == {"__typename": "Query", "adminUser": None}
    assert codes(response.json()) == ["UNAUTHENTICATED"]


async def test_a_batch_stays_200_and_each_answer_keeps_its_errors(client):
    batch = [{"query": POST_JOB, "variables": A_JOB}, {"query": "{ __typename }"}]
    response = await client.http.post("/graphql", json=batch, headers=JSON)
    assert response.status_code == 200, response.text
    refused, answered = response.json()
    assert refused["data"] is None and codes(refused) == ["UNAUTHENTICATED"]
    assert answered["data"] == {"__typename": "Query"}


async def test_a_batch_of_refusals_alone_stays_200(client):
    response = await client.http.post("/graphql", json=[{"query": POST_JOB, "variables": A_JOB}], headers=JSON)
    assert response.status_code == 200, response.text


@pytest.mark.parametrize("query", ["{ nope }", "{ nope ", "query($n: Int){ searchJobs(first: $n){ totalCount } }"])
async def test_a_request_error_is_a_400_keeping_data_null_under_legacy_json(client, query):
    response = await post(client, query, {"n": "x"})
    assert response.status_code == 400, response.text
    body = response.json()
    assert "data" in body and body["data"] is None
    assert codes(body)[0] in ("GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED", "BAD_USER_INPUT")


async def test_an_unexpected_failure_is_not_made_a_4xx(client, app, monkeypatch):
    async def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    token, _ = await client.employer()
    monkeypatch.setattr(app.state.services.jobs, "post", broken)
    response = await post(client, POST_JOB, A_JOB, token)
    assert codes(response.json()) == ["INTERNAL_SERVER_ERROR"]
    assert response.status_code == 200, response.text


async def test_under_graphql_response_json_a_refused_operation_stays_200(client):
    # Under that type a 4xx means nothing executed (a request error, answered without data).
    response = await post(client, POST_JOB, A_JOB, headers=GRAPHQL_RESPONSE)
    assert response.status_code == 200, response.text
    assert response.json()["data"] is None and codes(response.json()) == ["UNAUTHENTICATED"]
