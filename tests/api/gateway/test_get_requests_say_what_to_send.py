"""A GET of /graphql is answered for who sent it: a browser opening the address (with or
without `?query=`) gets GraphiQL, which runs nothing until asked; a GET that would run an
operation still needs a header a browser cannot send cross-site (CSRF), and is told which; a
GET with no operation at all is told how to send one."""
from __future__ import annotations

import pytest

BROWSER = {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
PREFLIGHT = {"apollo-require-preflight": "true"}


async def test_a_browser_opening_graphql_with_a_query_gets_graphiql_not_a_csrf_error(client):
    page = await client.http.get("/graphql", params={"query": "{ __typename }"}, headers=BROWSER)
    assert page.status_code == 200 and "graphiql-assets/graphiql.min.js" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]


async def test_a_get_carrying_the_preflight_header_still_runs_even_accepting_html(client):
    ran = await client.http.get("/graphql", params={"query": "{ __typename }"}, headers={**BROWSER, **PREFLIGHT})
    assert ran.status_code == 200 and ran.json()["data"] == {"__typename": "Query"}


async def test_a_get_that_would_run_without_the_header_is_refused_and_told_the_header(client):
    response = await client.http.get("/graphql", params={"query": "{ __typename }"})
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert "Cross-Site Request Forgery" in error["message"]
    assert "Apollo-Require-Preflight: true" in error["message"] and "POST" in error["message"]


async def test_a_get_with_no_operation_is_told_how_to_send_one(client):
    response = await client.http.get("/graphql")
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["message"].startswith("No GraphQL query found")
    assert "Apollo-Require-Preflight: true" in error["message"] and "browser" in error["message"]


@pytest.fixture
def settings(settings, request):
    settings.graphiql_enabled = getattr(request, "param", True)
    return settings


@pytest.mark.parametrize("settings", [False], indirect=True)
async def test_without_graphiql_a_browser_get_with_a_query_is_still_refused_as_possible_csrf(client):
    response = await client.http.get("/graphql", params={"query": "{ __typename }"}, headers=BROWSER)
    assert response.status_code == 400
    assert "Cross-Site Request Forgery" in response.json()["errors"][0]["message"]
    page = await client.http.get("/graphql", headers=BROWSER)
    assert page.status_code == 404
