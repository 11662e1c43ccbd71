"""The context the gateway builds for each request: the resolvers' Context and what the HTTP
edge decides about the caller before and while the operation runs."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from domain.ports.api_keys import ApiKey
from gateway.http.edge import Edge
from resolvers.context import Context

if TYPE_CHECKING:
    from gateway.bootstrap import Services


@dataclass
class GatewayContext(Context):
    # The gateway's own services (resolvers see them through their narrower protocol).
    services: Services
    edge: Edge | None = None
    # The partner whose API key made this request (its operations must be trusted documents).
    partner: ApiKey | None = None
    # Whose request bucket this request takes from: "key:…", "user:…" or "ip:…".
    principal: str | None = None
    # An admin asked (by header) for the backend calls each operation made.
    report_backend_calls: bool = False
    # The estimated cost of the operations of this HTTP request so far (a batch shares one).
    batch_cost: int = 0

