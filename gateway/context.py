"""The GraphQL view: builds each request's Context (caller, loaders, request id) and
authenticates websocket connections from their `connection_init` payload."""
from __future__ import annotations

import uuid
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.exceptions import ConnectionRejectionError

from domain.errors import DomainError, Unauthenticated
from gateway.auth.identity import bearer_from_params
from gateway.backend_calls import start_counting
from gateway.http.connection_refusal import note_refusal, refusal_for
from gateway.http.view import GatewayHTTPView
from resolvers.context import Context
from resolvers.loaders import Loaders


def client_ip(connection: Request | WebSocket) -> str | None:
    return connection.client.host if connection.client else None


class GatewayGraphQL(GatewayHTTPView):
    async def get_context(self, request: Request | WebSocket, response: Response | None = None) -> Context:
        services = request.app.state.services
        start_counting()
        request_id = getattr(request.state, "request_id", None) or uuid.uuid4().hex
        edge = getattr(request.app.state, "edge", None)
        context = Context(
            services=services,
            loaders=Loaders.create(services, edge.metrics.instrument_loader if edge is not None else None),
            request_id=request_id,
            client_ip=client_ip(request),
            user_agent=request.headers.get("user-agent"),
            request=request,
            response=response,
        )
        if edge is not None:
            context.extra["edge"] = edge
        if isinstance(request, Request):
            try:
                context.viewer = await services.identity.from_authorization(request.headers.get("authorization"))
            except DomainError as error:
                context.auth_error = error
        return context

    async def on_ws_connect(self, context: Context) -> Any:
        token = bearer_from_params(getattr(context, "connection_params", None))
        if not token:
            return None
        try:
            context.viewer = await context.services.identity.from_token(token)
        except Unauthenticated as error:
            note_refusal(context.request, refusal_for(error))
            raise ConnectionRejectionError({"message": error.message, "code": error.code}) from None
        return None
