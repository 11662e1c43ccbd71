"""The cost estimate sees the page sizes execution will use: variable defaults, integral
floats coerced to Int, never a remembered estimate made for other variables; a batch is
limited by the sum of its operations' costs; and a response past its size cap is refused
with a code instead of being sent."""
from __future__ import annotations

import pytest

MAX_COST = 500
# 1 + n * (edges 1 + (node 1 + 3 scalar fields)): 6 for n = 1, 101 for 20, 301 for 60, 501 for 100.
PAGE = "searchJobs(first: $n) { edges { node { id title requiredSkills } } }"


def cost(n: int) -> int:
    return 1 + n * (1 + (1 + 3))


@pytest.fixture
def settings(settings):
    settings.max_cost = MAX_COST
    return settings


def _codes(body: dict) -> list[str]:
    return [error["extensions"]["code"] for error in body.get("errors") or []]


def _refused_for_cost(body: dict) -> bool:
    return _codes(body) == ["BAD_USER_INPUT"] and body["errors"][0]["extensions"].get("maximumCost") == MAX_COST


async def test_a_page_size_from_a_variable_default_is_counted(client):
    body = await client.execute("query($n: Int = 100){ " + PAGE + " }")
    assert _refused_for_cost(body), body
    assert body["errors"][0]["extensions"]["cost"] == cost(100)


async def test_a_page_size_given_as_an_integral_float_is_counted_as_the_int_it_becomes(client):
    body = await client.execute("query($n: Int){ " + PAGE + " }", {"n": 100.0})
    assert _refused_for_cost(body), body
    allowed = await client.execute("query($n: Int){ " + PAGE + " }", {"n": 2.0})
    assert allowed["extensions"]["cost"]["estimated"] == cost(2) and not allowed.get("errors")


async def test_a_fractional_page_size_is_refused_as_bad_input(client):
    body = await client.execute("query($n: Int){ " + PAGE + " }", {"n": 100.5})
    assert _codes(body) == ["BAD_USER_INPUT"] and "Int" in body["errors"][0]["message"]


async def test_an_estimate_made_for_other_variables_is_not_reused(client):
    query = "query($n: Int){ " + PAGE + " }"
    first = await client.execute(query)  # no n: the default page size
    assert first["extensions"]["cost"]["estimated"] == cost(20)
    assert _refused_for_cost(await client.execute(query, {"n": 100.0}))
    assert _refused_for_cost(await client.execute(query, {"n": 100}))
    assert (await client.execute(query, {"n": 1}))["extensions"]["cost"]["estimated"] == cost(1)


async def test_a_batch_is_limited_by_the_sum_of_its_operations_costs(client):
    operation = {"query": "query($n: Int = 60){ " + PAGE + " }"}
    alone = await client.execute(operation["query"])
    assert alone["extensions"]["cost"]["estimated"] == cost(60) and not alone.get("errors")
    bodies = (await client.http.post("/graphql", json=[operation] * 3)).json()
    served = [body for body in bodies if not body.get("errors")]
    refused = [body for body in bodies if _refused_for_cost(body)]
    assert len(served) == 1 and len(refused) == 2, bodies
    assert "batch" in refused[0]["errors"][0]["message"]


async def test_a_batch_under_the_limit_in_total_is_served(client):
    bodies = (await client.http.post("/graphql", json=[{"query": "query($n: Int = 30){ " + PAGE + " }"}] * 3)).json()
    assert [body.get("errors") for body in bodies] == [None, None, None]


class TestResponseSizeCap:
    @pytest.fixture
    def settings(self, settings):
        settings.max_response_bytes = 4_000
        return settings

    async def test_a_response_over_the_cap_is_refused_with_a_code(self, client):
        response = await client.http.post("/graphql", json={"query": "{ __schema { types { name description } } }"})
        assert response.status_code == 400
        error = response.json()["errors"][0]
        assert error["extensions"]["code"] == "BAD_USER_INPUT"
        assert error["extensions"]["maxResponseBytes"] == 4_000 and error["extensions"]["responseBytes"] > 4_000

    async def test_a_response_under_the_cap_is_sent(self, client):
        response = await client.http.post("/graphql", json={"query": "{ __typename }"})
        assert response.status_code == 200 and response.json()["data"] == {"__typename": "Query"}
