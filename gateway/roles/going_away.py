"""Websockets closed with 1001 (going away) when the API process is told to stop.

uvicorn's own shutdown ends every open websocket with 1012 (service restart) after it has
stopped accepting. A client should hear 1001 and reconnect (to another process or replica),
so at SIGTERM/SIGINT this closes every accepted websocket with 1001 first, then hands the
signal on to the handler that was there before (uvicorn's, which then drains in-flight HTTP
requests). The chaining uses only `signal.getsignal`/`signal.signal`; a test checks the code
a client sees (tests/e2e/test_graceful_stop.py)."""
from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("talentgraph.shutdown")
GOING_AWAY = 1001
REASON = "The server is stopping; reconnect."
_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class OpenWebsockets:
    """The `send` of every accepted websocket of this process."""

    def __init__(self) -> None:
        self._sends: dict[int, Send] = {}

    def close_all(self) -> int:
        """Starts a 1001 close on each (called on the event loop's thread)."""
        sends = list(self._sends.values())
        self._sends.clear()
        for send in sends:
            asyncio.ensure_future(_close(send))
        return len(sends)

    @contextmanager
    def closed_on_stop_signal(self, loop: asyncio.AbstractEventLoop) -> Iterator[None]:
        """While the context lasts, SIGTERM/SIGINT close the websockets before the previous
        handler runs. Outside the main thread (an app served from a test's thread), nothing."""
        previous: dict[int, Any] = {}
        try:
            for signum in _SIGNALS:
                before = signal.getsignal(signum)
                if callable(before):
                    previous[signum] = before
                    signal.signal(signum, self._handler(loop, before))
        except ValueError:  # not the main thread
            previous.clear()
        try:
            yield
        finally:
            for number, before in previous.items():
                try:
                    signal.signal(number, before)
                except ValueError:
                    pass

    def _handler(self, loop: asyncio.AbstractEventLoop, before: Callable) -> Callable:
        def handle(signum: int, frame: Any) -> None:
            # Queued before uvicorn's handler sets should_exit: the closes are written before
            # its shutdown step (which runs after its next 0.1 s tick) reaches the sockets.
            loop.call_soon_threadsafe(self.close_all)
            before(signum, frame)

        return handle


class TrackOpenWebsockets:
    """ASGI middleware: records each websocket's `send` from its accept to its close."""

    def __init__(self, app: ASGIApp, registry: OpenWebsockets) -> None:
        self.app = app
        self._sends = registry._sends

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "websocket":
            await self.app(scope, receive, send)
            return
        key, sends = id(scope), self._sends

        async def tracking_send(message: Message) -> None:
            kind = message["type"]
            if kind == "websocket.close":
                sends.pop(key, None)
            await send(message)
            if kind == "websocket.accept":
                sends[key] = send

        try:
            await self.app(scope, receive, tracking_send)
        finally:
            sends.pop(key, None)


async def _close(send: Send) -> None:
    try:
        await send({"type": "websocket.close", "code": GOING_AWAY, "reason": REASON})
    except Exception:  # already closing or gone: nothing to say to it
        log.debug("a websocket was gone before its 1001", exc_info=True)
