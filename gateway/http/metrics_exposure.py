"""Where /metrics is served, by the settings: on the API port to anyone (development), behind
a bearer token, on a listener of its own, or not at all (the default in production)."""
from __future__ import annotations

import asyncio
import contextlib
import hmac
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from gateway.config import Settings
from gateway.startup import StartupFailure

Endpoint = Callable[[Request], Awaitable[Response]]
_MIN_TOKEN_LENGTH = 16


def metrics_mode(settings: Settings) -> str:
    """The effective mode; a setting that would expose metrics against the rules refuses to start."""
    mode = settings.metrics or ("off" if settings.environment == "production" else "public")
    if mode == "public" and settings.environment == "production":
        raise StartupFailure(
            "TALENTGRAPH_METRICS", "metrics=public is refused in production: use bind, token or off"
        )
    if mode == "token" and len(settings.metrics_token or "") < _MIN_TOKEN_LENGTH:
        raise StartupFailure(
            "TALENTGRAPH_METRICS_TOKEN", f"metrics=token needs a token of at least {_MIN_TOKEN_LENGTH} characters"
        )
    return mode


def public_metrics_routes(settings: Settings, endpoint: Endpoint) -> list[Route]:
    """The /metrics route of the API port, if any."""
    mode = metrics_mode(settings)
    if mode == "public":
        return [Route("/metrics", endpoint)]
    if mode == "token":
        return [Route("/metrics", _bearer_protected(endpoint, settings.metrics_token or ""))]
    return []


def _bearer_protected(endpoint: Endpoint, token: str) -> Endpoint:
    expected = f"Bearer {token}".encode()

    async def protected(request: Request) -> Response:
        given = request.headers.get("authorization", "").encode("latin-1", "replace")
        if not hmac.compare_digest(given, expected):
            return PlainTextResponse("metrics need a bearer token", 401, headers={"www-authenticate": "Bearer"})
        return await endpoint(request)

    return protected


class _SideServer(uvicorn.Server):
    # The API server handles SIGTERM/SIGINT; this one stops when the API's lifespan ends.
    # [override]: uvicorn declares a generator-based context manager; any one will do.
    def capture_signals(self) -> contextlib.AbstractContextManager[None]:  # type: ignore[override]
        return contextlib.nullcontext()


@contextlib.asynccontextmanager
async def metrics_listener(settings: Settings, endpoint: Endpoint, services: Any) -> AsyncIterator[None]:
    """With metrics=bind, /metrics on its own host and port for as long as the app runs."""
    if metrics_mode(settings) != "bind":
        yield
        return
    app = Starlette(routes=[Route("/metrics", endpoint)])
    app.state.services = services
    config = uvicorn.Config(
        app, host=settings.metrics_host, port=settings.metrics_port, lifespan="off", log_config=None,
        access_log=False,
    )
    server = _SideServer(config)
    where = f"{settings.metrics_host}:{settings.metrics_port}"

    async def run() -> None:
        try:
            await server.serve()
        except SystemExit:  # uvicorn's way of saying it could not bind
            raise StartupFailure(where, "cannot listen for /metrics there (address in use or not local)") from None

    task = asyncio.create_task(run())
    while not server.started and not task.done():  # noqa: ASYNC110 - uvicorn signals start by a flag only
        await asyncio.sleep(0.01)
    if task.done():
        task.result()
    try:
        yield
    finally:
        server.should_exit = True
        await task
