"""Token buckets per principal, and the stricter bucket on sign-in, sign-up and resets."""
from __future__ import annotations

import pytest

from gateway.http.rate_limit import BucketSpec, RateLimiter, TokenBuckets
from gateway.http.refusals import Refusal
from tests.manual_clock import ManualClock


@pytest.fixture
def request_budget() -> str:
    """Every request's bucket; a test of the sign-in bucket alone raises it out of the way."""
    return "5/60"


@pytest.fixture
def settings(settings, request_budget):
    settings.rate_limits = "on"
    settings.rate_limit_default = request_budget
    settings.rate_limit_sensitive = "2/60"
    return settings



def test_a_bucket_refills_at_its_rate_after_a_burst():
    clock = ManualClock(0.0)
    buckets = TokenBuckets(BucketSpec.parse("3/30"), clock)
    assert [buckets.take("k") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert buckets.take("k") == pytest.approx(10.0)
    clock.now = 10.0
    assert buckets.take("k") == 0.0
    assert buckets.take("other") == 0.0


def test_rate_limits_off_lets_everything_through():
    limiter = RateLimiter("1/60", "1/60", ["login"], enabled=False)
    for _ in range(5):
        limiter.check_request("ip:1.2.3.4")
        limiter.check_sensitive("ip:1.2.3.4", 3)


def test_a_refusal_says_when_to_retry():
    limiter = RateLimiter("1/60", "1/60", ["login"], now=ManualClock(0.0))
    limiter.check_request("user:1")
    with pytest.raises(Refusal) as refused:
        limiter.check_request("user:1")
    assert refused.value.status == 429 and refused.value.headers == {"retry-after": "60"}


async def test_an_anonymous_caller_over_their_bucket_gets_429_with_retry_after(client):
    for _ in range(5):
        assert (await client.http.post("/graphql", json={"query": "{ __typename }"})).status_code == 200
    refused = await client.http.post("/graphql", json={"query": "{ __typename }"})
    assert refused.status_code == 429
    assert int(refused.headers["retry-after"]) >= 1
    error = refused.json()["errors"][0]
    assert error["extensions"]["code"] == "RATE_LIMITED" and error["extensions"]["retryAfter"] >= 1


@pytest.mark.parametrize("request_budget", ["1000/60"])  # the login bucket alone
async def test_login_attempts_hit_the_stricter_bucket_first(client):
    login = 'mutation{ login(email: "x@example.com", password: "wrong password!"){ accessToken } }'
    codes = [(await client.execute(login))["errors"][0]["extensions"]["code"] for _ in range(3)]
    assert codes == ["UNAUTHENTICATED", "UNAUTHENTICATED", "RATE_LIMITED"]
    response = await client.http.post("/graphql", json={"query": login})
    assert response.status_code == 429 and "retry-after" in response.headers


async def test_aliased_logins_each_count_as_an_attempt_when_they_run(client):
    # A document stops at its first failed login (the field is non-null), so one per request.
    login = 'login(email: "x@example.com", password: "wrong password!"){ accessToken }'
    bodies = [await client.execute(f"mutation{{ a{n}: {login} }}") for n in range(3)]
    assert [body["errors"][0]["extensions"]["code"] for body in bodies] == [
        "UNAUTHENTICATED", "UNAUTHENTICATED", "RATE_LIMITED"]


@pytest.mark.parametrize("request_budget", ["1000/60"])  # the login bucket alone
async def test_a_login_over_the_limit_says_when_to_retry(client):
    login = 'mutation{ ...L } fragment L on Mutation { login(email: "x@example.com", password: "wrong!!"){ accessToken } }'
    for _ in range(2):
        await client.execute(login)
    response = await client.http.post("/graphql", json={"query": login})
    error = response.json()["errors"][0]
    assert response.status_code == 429 and int(response.headers["retry-after"]) >= 1
    assert error["extensions"]["code"] == "RATE_LIMITED" and error["extensions"]["retryAfter"] >= 1


def test_every_default_sensitive_field_is_in_the_schema_and_guarded():
    from gateway.config import Settings
    from gateway.http.sensitive_fields import guard_sensitive_fields
    from resolvers.core_schema import graphql_core_schema
    from resolvers.schema import build_schema

    names = Settings().rate_limit_sensitive_fields
    assert sorted(guard_sensitive_fields(graphql_core_schema(build_schema()), names)) == sorted(names)
