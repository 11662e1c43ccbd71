"""What every resolver can reach: the caller, the services and this request's dataloaders."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import strawberry

from domain.users import User

if TYPE_CHECKING:
    from resolvers.loaders import Loaders
    from resolvers.services import ResolverServices


@dataclass
class Context:
    services: ResolverServices
    loaders: Loaders
    request_id: str
    viewer: User | None = None
    # The sign-in session of the access token this request came with; None for a token that
    # is not ours (Cognito's) or no token. Read once, where the caller is authenticated.
    session_id: str | None = None
    client_ip: str | None = None
    user_agent: str | None = None
    # The Starlette request (or websocket) and the response Strawberry will send.
    request: Any = None
    response: Any = None
    # Set when a presented token was invalid, so that resolvers needing a caller can say why.
    auth_error: Exception | None = None
    # Why a request with no token has no caller either, where that is not "not signed in" (an
    # API key acts for no person): resolvers needing a caller raise it; `me` stays null.
    why_no_viewer: Exception | None = None
    # A websocket's `connection_init` payload (Strawberry sets it).
    connection_params: dict[str, Any] | None = None
    # One OrganizationType per organization a request shows (jobs of one organization share
    # it), by organization id: see resolvers/types/job.py.
    organization_types: dict[str, Any] = field(default_factory=dict)

    def release(self) -> None:
        """Lets go of what only this request needed, once its response is ready: its loaders
        and what they hold, the objects it shared, the request and response objects.
        graphql-core's execution state forms a reference cycle that includes the context, and
        all of that would otherwise live on until the cyclic collector's next pass."""
        self.loaders.release()
        self.organization_types.clear()
        self.request = self.response = None


Info = strawberry.Info[Context, None]
