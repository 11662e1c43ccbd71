"""Where /metrics is served: to anyone on the API port in development, never there in
production unless behind a token, on a listener of its own, or not at all."""
from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from asgi_lifespan import LifespanManager

from gateway.app import create_app
from gateway.startup import StartupFailure
from tests.e2e.server import GatewayProcess, free_port

TOKEN = "metrics-token-" + "m" * 20


def production(settings, **changes):
    # The shared test settings keep outbox bodies for the lifecycle tests; production refuses that.
    return settings.model_copy(update={"environment": "production", "outbox_keep_delivered_bodies": False, **changes})


async def _metrics_status(settings, headers: dict | None = None) -> int:
    app = create_app(settings)
    async with LifespanManager(app, startup_timeout=60):
        transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            return (await http.get("/metrics", headers=headers or {})).status_code


async def test_development_serves_metrics_on_the_api_port(settings):
    assert await _metrics_status(settings) == 200


async def test_production_keeps_metrics_off_the_api_port(settings):
    assert await _metrics_status(production(settings)) == 404


def test_production_refuses_public_metrics_at_start(settings):
    with pytest.raises(StartupFailure, match="refused in production"):
        create_app(production(settings, metrics="public"))


async def test_a_token_protects_metrics_on_the_api_port(settings):
    protected = production(settings, metrics="token", metrics_token=TOKEN)
    assert await _metrics_status(protected) == 401
    assert await _metrics_status(protected, {"authorization": "Bearer wrong-token-of-some-length"}) == 401
    assert await _metrics_status(protected, {"authorization": f"Bearer {TOKEN}"}) == 200


def test_a_token_mode_without_a_token_refuses_to_start(settings):
    with pytest.raises(StartupFailure, match="METRICS_TOKEN"):
        create_app(settings.model_copy(update={"metrics": "token"}))


def test_metrics_on_a_listener_of_their_own(tmp_path):
    metrics_port = free_port()
    gateway = GatewayProcess(tmp_path / "data", {
        "TALENTGRAPH_ENVIRONMENT": "production", "TALENTGRAPH_METRICS": "bind",
        "TALENTGRAPH_METRICS_PORT": str(metrics_port), "TALENTGRAPH_JWT_SECRET": "s" * 40})
    gateway.start()
    try:
        assert httpx.get(f"{gateway.url}/metrics").status_code == 404
        response = httpx.get(f"http://127.0.0.1:{metrics_port}/metrics")
        assert response.status_code == 200 and "talentgraph_queue_items" in response.text
        assert httpx.get(f"{gateway.url}/readyz").status_code == 200
    finally:
        gateway.stop()
    with pytest.raises(httpx.ConnectError):  # stopped with the gateway
        httpx.get(f"http://127.0.0.1:{metrics_port}/metrics")


def test_a_metrics_port_in_use_refuses_to_start(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        gateway = GatewayProcess(tmp_path / "data", {"TALENTGRAPH_METRICS": "bind", "TALENTGRAPH_METRICS_PORT": str(port)})
        result = subprocess.run(
            [str(Path(sys.executable).parent / "talentgraph"), "run", "--in-one-process", "--port", str(free_port()),
             "--data-dir", str(gateway.data_dir)],
            env=gateway.env, capture_output=True, text=True, timeout=60,
        )
    assert result.returncode != 0
    assert f"talentgraph: cannot start: 127.0.0.1:{port}: cannot listen for /metrics" in result.stderr


def test_production_refuses_to_keep_one_time_links_in_the_outbox(settings):
    with pytest.raises(StartupFailure, match="OUTBOX_KEEP_DELIVERED_BODIES"):
        create_app(settings.model_copy(update={"environment": "production", "outbox_keep_delivered_bodies": True}))
