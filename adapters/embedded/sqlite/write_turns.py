"""The turns of one process's writers on its SQLite file: one at a time, and among those
waiting, a request's writes before background work's (domain.background), so posting a job
never queues behind a matching backlog's transactions. Within each class, first come first
served. Background writes wait only while requests' writes are waiting, which is never for
long: requests come and go, a backlog does not."""
from __future__ import annotations

import asyncio
from collections import deque

from domain.background import in_background


class WriteTurns:
    def __init__(self) -> None:
        self._held = False
        self._requests: deque[asyncio.Future[None]] = deque()
        self._background: deque[asyncio.Future[None]] = deque()

    async def __aenter__(self) -> None:
        if not self._held and not self._requests and not self._background:
            self._held = True
            return
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        waiting = self._background if in_background() else self._requests
        waiting.append(turn)
        try:
            await turn
        except asyncio.CancelledError:
            if turn.done() and not turn.cancelled():
                self._pass_on()  # handed the turn just as it was cancelled: hand it on
            elif turn in waiting:
                waiting.remove(turn)
            raise

    async def __aexit__(self, *exc: object) -> None:
        self._pass_on()

    def _pass_on(self) -> None:
        for waiting in (self._requests, self._background):
            while waiting:
                turn = waiting.popleft()
                if not turn.done():
                    turn.set_result(None)  # still held: the turn goes straight to this waiter
                    return
        self._held = False
