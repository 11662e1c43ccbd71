"""A websocket connection that lives only as long as its sign-in: it ends with close code
4401 (session ended) or 4403 (suspended) as soon as the event bus says so, and every new
operation first checks that the sign-in still holds (a change may have landed just before its
event). Mixed in before Strawberry's handler of either protocol."""
from __future__ import annotations

from contextlib import suppress
from typing import Any

from domain.errors import Unauthenticated
from gateway.auth.identity import AccountSuspended, bearer_from_params
from gateway.auth.live_sessions import CLOSE_SESSION_ENDED, CLOSE_SUSPENDED, Unwatch, live_sessions


class _SessionBound:
    """What both protocols share; a subclass names the protocol's operations.

    Mixins: `self.context`, `self.websocket`, the operations and every `super()` method come
    from the Strawberry handler each class is mixed into (gateway/http/websockets.py), which
    mypy cannot see from here; hence the [attr-defined] and [misc] ignores in this module."""

    _token: str | None = None
    _unwatch: Unwatch | None = None
    _ended = False

    async def handle_message(self, message: Any) -> None:
        if self._ended:
            return  # closed for good: nothing more is answered or started
        await super().handle_message(message)  # type: ignore[misc]

    async def handle_connection_init(self, message: Any) -> None:
        await super().handle_connection_init(message)  # type: ignore[misc]
        context = self.context  # type: ignore[attr-defined]
        viewer = getattr(context, "viewer", None)
        if not self.connection_acknowledged or viewer is None or self._unwatch is not None:  # type: ignore[attr-defined]
            return
        self._token = bearer_from_params(context.connection_params)
        services = context.services
        session_id = services.identity.session_id_of(self._token) if self._token else None
        self._unwatch = live_sessions(services.events).watch(viewer.id, session_id, self._recheck, self._end)
        # A sign-in that ended between the check at connection_init and the watch starting.
        await self._still_signed_in()

    async def _still_signed_in(self) -> bool:
        """False (and the connection ended) when the sign-in no longer holds."""
        if self._token is None:
            return not self._ended  # anonymous: nothing to end with
        code = await self._recheck()
        if code is not None:
            await self._end(code, "The session was ended; sign in again.")
        return not self._ended

    async def _recheck(self) -> int | None:
        if self._token is None or self._ended:
            return None
        try:
            await self.context.services.identity.from_token(self._token)  # type: ignore[attr-defined]
        except AccountSuspended:
            return CLOSE_SUSPENDED
        except Unauthenticated:
            return CLOSE_SESSION_ENDED
        return None

    async def _end(self, code: int, reason: str) -> None:
        if self._ended:
            return
        self._ended = True
        self._stop_watching()
        await self._stop_operations()
        with suppress(Exception):  # the client may be gone already
            await self.websocket.close(code=code, reason=reason)  # type: ignore[attr-defined]

    async def _stop_operations(self) -> None:
        raise NotImplementedError

    def _stop_watching(self) -> None:
        if self._unwatch is not None:
            self._unwatch()
            self._unwatch = None


class EndsWithItsSession(_SessionBound):
    """For graphql-transport-ws (BaseGraphQLTransportWSHandler)."""

    async def handle_subscribe(self, message: Any) -> None:
        if await self._still_signed_in():
            await super().handle_subscribe(message)  # type: ignore[misc]

    async def shutdown(self) -> None:
        self._stop_watching()
        await super().shutdown()  # type: ignore[misc]

    async def _stop_operations(self) -> None:
        for operation_id in list(self.operations):  # type: ignore[attr-defined]
            await self.cleanup_operation(operation_id)  # type: ignore[attr-defined]


class LegacyEndsWithItsSession(_SessionBound):
    """For the older graphql-ws protocol (BaseGraphQLWSHandler)."""

    async def handle_start(self, message: Any) -> None:
        if await self._still_signed_in():
            await super().handle_start(message)  # type: ignore[misc]

    async def cleanup(self) -> None:
        self._stop_watching()
        await super().cleanup()  # type: ignore[misc]

    async def _stop_operations(self) -> None:
        await super().cleanup()  # type: ignore[misc]
