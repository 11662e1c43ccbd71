"""X-Forwarded-For names the client only when the peer that sent it is a trusted proxy
(TALENTGRAPH_TRUSTED_PROXIES, none by default); otherwise any caller could pick their own
rate-limit key by sending a different address each time."""
from __future__ import annotations

import httpx
import pytest

from gateway.config import Settings
from tests.e2e.server import GatewayProcess

LOGIN = 'mutation{ login(email: "x@example.com", password: "wrong password!"){ accessToken } }'


def _codes(responses: list[httpx.Response]) -> list[str]:
    return [r.json()["errors"][0]["extensions"]["code"] for r in responses]


def _spoofed_logins(url: str, count: int) -> list[httpx.Response]:
    with httpx.Client(base_url=url, timeout=30) as http:
        return [
            http.post("/graphql", json={"query": LOGIN}, headers={"x-forwarded-for": f"203.0.113.{n}"})
            for n in range(count)
        ]


@pytest.fixture
def limited_env() -> dict[str, str]:
    return {"TALENTGRAPH_RATE_LIMITS": "on", "TALENTGRAPH_RATE_LIMIT_SENSITIVE": "2/60"}


def test_talentgraph_serve_ignores_x_forwarded_for_from_an_untrusted_peer(tmp_path, limited_env):
    server = GatewayProcess(tmp_path / "data", env=limited_env)
    server.start()
    try:
        codes = _codes(_spoofed_logins(server.url, 3))
    finally:
        server.stop()
    # One peer, one bucket, whatever address each request claims.
    assert codes == ["UNAUTHENTICATED", "UNAUTHENTICATED", "RATE_LIMITED"]


def test_talentgraph_serve_takes_the_client_from_x_forwarded_for_sent_by_a_trusted_proxy(tmp_path, limited_env):
    server = GatewayProcess(tmp_path / "data", env={**limited_env, "TALENTGRAPH_TRUSTED_PROXIES": "127.0.0.0/8"})
    server.start()
    try:
        codes = _codes(_spoofed_logins(server.url, 3))
    finally:
        server.stop()
    # Three clients behind the proxy, three buckets.
    assert codes == ["UNAUTHENTICATED"] * 3


def test_trusted_proxies_are_read_as_a_comma_separated_list(monkeypatch):
    monkeypatch.setenv("TALENTGRAPH_TRUSTED_PROXIES", "10.0.0.1, 192.168.0.0/16")
    assert Settings().trusted_proxies == ["10.0.0.1", "192.168.0.0/16"]
    monkeypatch.delenv("TALENTGRAPH_TRUSTED_PROXIES")
    assert Settings().trusted_proxies == []


@pytest.fixture
def settings(settings):
    settings.rate_limits = "on"
    settings.rate_limit_sensitive = "2/60"
    return settings


async def test_the_app_ignores_x_forwarded_for_unless_the_peer_is_trusted(app):
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        responses = [
            await http.post("/graphql", json={"query": LOGIN}, headers={"x-forwarded-for": f"203.0.113.{n}"})
            for n in range(3)
        ]
    assert _codes(responses)[-1] == "RATE_LIMITED"


async def test_the_app_trusts_x_forwarded_for_from_a_listed_proxy(settings):
    from asgi_lifespan import LifespanManager

    from gateway.app import create_app

    settings.trusted_proxies = ["127.0.0.1"]
    application = create_app(settings)
    async with LifespanManager(application, startup_timeout=60, shutdown_timeout=60):
        transport = httpx.ASGITransport(app=application, client=("127.0.0.1", 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            responses = [
                await http.post("/graphql", json={"query": LOGIN}, headers={"x-forwarded-for": f"203.0.113.{n}"})
                for n in range(3)
            ]
    assert _codes(responses) == ["UNAUTHENTICATED"] * 3
