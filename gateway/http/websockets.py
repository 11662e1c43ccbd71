"""graphql-transport-ws with the per-connection subscription limit answered with a code;
connections of either protocol end when the sign-in behind them ends
(gateway.auth.session_bound_socket)."""
from __future__ import annotations

from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import BaseGraphQLTransportWSHandler
from strawberry.subscriptions.protocols.graphql_transport_ws.types import SubscribeMessage
from strawberry.subscriptions.protocols.graphql_ws.handlers import BaseGraphQLWSHandler

from gateway.auth.session_bound_socket import EndsWithItsSession, LegacyEndsWithItsSession
from gateway.http.request_context import GatewayContext


class SessionBoundGraphQLWSHandler(LegacyEndsWithItsSession, BaseGraphQLWSHandler[GatewayContext, None]):
    """The older graphql-ws protocol, ended with its sign-in like the newer one."""


class LimitedTransportWSHandler(EndsWithItsSession, BaseGraphQLTransportWSHandler[GatewayContext, None]):
    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        limit = self.max_subscriptions_per_connection
        if (
            self.connection_acknowledged
            and limit is not None
            and message["id"] not in self.operations
            and len(self.operations) >= limit
        ):
            await self.send_message({
                "id": message["id"],
                "type": "error",
                "payload": [{
                    "message": f"At most {limit} subscriptions may run on one connection; complete one first.",
                    "extensions": {"code": "RATE_LIMITED", "maxSubscriptions": limit},
                }],
            })
            return
        await super().handle_subscribe(message)
