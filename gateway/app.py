"""The ASGI application: GraphQL at /graphql (HTTP and websockets), health probes, and the
lifespan that opens the backend once and runs the queue workers."""
from __future__ import annotations

import asyncio
import itertools
import logging
import os
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import timedelta
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL, GRAPHQL_WS_PROTOCOL
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from domain.clock import Clock
from gateway.adapter_sets import Adapters
from gateway.bootstrap import open_services, upload_rules
from gateway.config import Settings
from gateway.heap import settle_for_serving
from gateway.http.body_limit import BodySizeLimit
from gateway.http.client_disconnects import QuietClientDisconnects
from gateway.http.csrf import PREFLIGHT_HEADERS
from gateway.http.downloads import download
from gateway.http.edge import build_edge
from gateway.http.graphiql import ASSETS_PATH, graphiql_assets
from gateway.http.limits import BACKEND_CALLS_HEADER, defence_extensions
from gateway.http.metrics import GatewayMetrics
from gateway.http.metrics_exposure import metrics_listener, public_metrics_routes
from gateway.http.operation_methods import GRAPHQL_METHODS, UnsupportedMethod
from gateway.http.response_limit import ResponseSizeLimit
from gateway.http.sensitive_fields import guard_sensitive_fields
from gateway.http.tracing import configure_tracing
from gateway.http.view import GatewayGraphQL
from gateway.roles.background import background_work, hold_role
from gateway.roles.going_away import OpenWebsockets, TrackOpenWebsockets
from gateway.startup import explain, refuse_unsafe_production_settings
from gateway.warm_up import warm_up
from resolvers.core_schema import graphql_core_schema
from resolvers.schema import build_schema

log = logging.getLogger("talentgraph")


class RequestIdMiddleware:
    """Gives every request an id (the caller's X-Request-Id if sane) and echoes it back."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        # Unique, not secret: a random prefix per app and a counter cost far less than uuid4.
        self._prefix = os.urandom(8).hex()
        self._count = itertools.count()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        given = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")
        if not (given.isascii() and 0 < len(given) <= 64 and given.isprintable()):
            given = f"{self._prefix}{next(self._count):016x}"
        request_id = given
        scope.setdefault("state", {})["request_id"] = request_id

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", []).append((b"x-request-id", request_id.encode()))
            await send(message)

        await self.app(scope, receive, send_with_id)


def _database_path(settings: Settings) -> Path | None:
    return settings.database_path if settings.backend == "embedded" else None


def create_app(
    settings: Settings | None = None, adapters: Adapters | None = None, clock: Clock | None = None,
) -> Starlette:
    """`adapters`: open ones to serve from instead of the backend the settings name (tests pass
    the embedded backend's with a fake in place of one adapter); the caller closes them.
    `clock`: the services' time instead of the system's (tests move it a month on)."""
    settings = settings or Settings()
    refuse_unsafe_production_settings(settings)
    metrics = GatewayMetrics()
    open_websockets = OpenWebsockets()  # closed with 1001 when the process is told to stop
    edge = build_edge(settings, metrics)
    tracing_extensions, span_exporter = configure_tracing(settings)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            try:
                stack.enter_context(hold_role(settings))
                services = await stack.enter_async_context(open_services(settings, clock, adapters=adapters))
                await stack.enter_async_context(metrics_listener(settings, metrics.endpoint, services))
            except Exception as error:
                # Kept for `talentgraph serve`, which exits at once with this one line.
                failure = app.state.startup_failure = explain(error, _database_path(settings))
                log.error("cannot start: %s", failure)
                raise failure from error
            app.state.services = services
            edge.persisted_queries = services.adapters.gateway.persisted_queries
            edge.api_keys = services.api_keys
            if services.adapters.gateway.rate_buckets is not None:  # every API process's (AWS, embedded > 1)
                edge.rate_limiter.share(services.adapters.gateway.rate_buckets)
            elif services.adapters.gateway.sensitive_rate_buckets is not None:  # a deployment's processes (embedded)
                edge.rate_limiter.share_sensitive(services.adapters.gateway.sensitive_rate_buckets)
            background = AsyncExitStack()
            stack.push_async_callback(background.aclose)
            app.state.workers = await background.enter_async_context(background_work(settings, services))
            # Requests are answered at once; /readyz says ready once what a first request would
            # otherwise load (the skill vocabulary, ~0.5 s) is loaded, so a balancer that waits
            # for it never sends a user the slow first answer.
            stopping = asyncio.Event()
            warming = asyncio.create_task(warm_up(services.adapters.documents.skills))

            def warmed(_: asyncio.Task) -> None:
                if not stopping.is_set() and app.state.freeze_heap_when_ready:
                    settle_for_serving(settings.gc_young_threshold)  # the vocabulary included
                app.state.ready = not stopping.is_set()

            warming.add_done_callback(warmed)
            try:
                with open_websockets.closed_on_stop_signal(asyncio.get_running_loop()):
                    yield
            finally:
                stopping.set()
                app.state.ready = False
                warming.cancel()
                await background.aclose()
                await services.events.drain()
                await edge.rate_limiter.give_back_leases()

    schema = build_schema([*tracing_extensions, metrics.extension(), *defence_extensions(settings)])
    guarded = guard_sensitive_fields(graphql_core_schema(schema), settings.rate_limit_sensitive_fields)
    if unknown := sorted(set(settings.rate_limit_sensitive_fields) - set(guarded)):
        log.warning("rate_limit_sensitive_fields names no root field %s; nothing limits them", unknown)
    graphql = GatewayGraphQL(
        schema,
        multipart_uploads_enabled=True,
        subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL, GRAPHQL_WS_PROTOCOL),
        connection_init_wait_timeout=timedelta(seconds=settings.ws_connection_init_seconds),
        max_subscriptions_per_connection=settings.max_subscriptions_per_connection,
        allowed_origins=settings.cors_origins,
    )
    graphql.max_batch_operations = settings.max_batch_operations

    async def healthz(request: Request) -> PlainTextResponse:
        return PlainTextResponse("ok")

    async def readyz(request: Request) -> JSONResponse:
        ready = getattr(request.app.state, "ready", False)
        return JSONResponse({"ready": ready}, status_code=200 if ready else 503)

    app = Starlette(
        routes=[
            Route("/graphql", graphql, methods=list(GRAPHQL_METHODS)),
            # Every other method on the same path (the route above matches them only in part).
            Route("/graphql", UnsupportedMethod()),
            WebSocketRoute("/graphql", graphql),
            Route("/healthz", healthz),
            Route("/downloads/{token}", download),
            Route("/readyz", readyz),
            *public_metrics_routes(settings, metrics.endpoint),
            Mount(ASSETS_PATH, graphiql_assets()),
        ],
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.startup_failure = None
    # Set by the serving commands; an app built in a test process (many per run) keeps its
    # objects within the collector's reach.
    app.state.freeze_heap_when_ready = False
    app.state.edge = edge
    app.state.span_exporter = span_exporter
    # Innermost: the refusal it may send still gets CORS headers and the request id.
    app.add_middleware(ResponseSizeLimit, max_bytes=settings.max_response_bytes)
    app.add_middleware(
        BodySizeLimit, max_bytes=settings.max_body_bytes,
        upload_message=upload_rules(settings).request_too_large(settings.max_body_bytes),
    )
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=[
            "authorization", "content-type", "x-api-key", "x-request-id", BACKEND_CALLS_HEADER, *PREFLIGHT_HEADERS,
        ],
        expose_headers=["x-request-id", "retry-after"],
        max_age=600,
    )
    app.add_middleware(TrackOpenWebsockets, registry=open_websockets)
    app.add_middleware(QuietClientDisconnects)
    app.add_middleware(RequestIdMiddleware)
    if settings.trusted_proxies:
        # Outermost, so that everything inside sees the client the trusted proxy names.
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.trusted_proxies)
    return app
