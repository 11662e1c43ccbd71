"""What every resolver can reach: the caller, the services and this request's dataloaders."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import strawberry

from domain.users import User

if TYPE_CHECKING:
    from gateway.bootstrap import Services
    from resolvers.loaders import Loaders


@dataclass
class Context:
    services: Services
    loaders: Loaders
    request_id: str
    viewer: User | None = None
    client_ip: str | None = None
    user_agent: str | None = None
    request: Any = None
    response: Any = None
    # Set when a presented token was invalid, so that resolvers needing a caller can say why.
    auth_error: Exception | None = None
    connection_params: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def release(self) -> None:
        """Lets go of what only this request needed, once its response is ready: its loaders
        and what they hold, the objects it shared, the request and response objects.
        graphql-core's execution state forms a reference cycle that includes the context, and
        all of that would otherwise live on until the cyclic collector's next pass."""
        self.loaders.release()
        self.extra.clear()
        self.request = self.response = None


Info = strawberry.Info[Context, None]
