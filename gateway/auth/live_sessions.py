"""Live connections (websockets) end when the sign-in behind them does: a logout, a revoked
session, a password change, an erased account or a suspension. The news comes on the event
bus (SessionEnded, UserSuspended), which on AWS reaches every replica, so it does not matter
which replica served the change and which holds the socket."""
from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from domain.events import DomainEvent, LiveUpdatesMissed, SessionEnded, UserSuspended
from domain.ports.events import EventBus

CLOSE_SESSION_ENDED = 4401
CLOSE_SUSPENDED = 4403

# Asked when a change may have ended a connection's sign-in: the close code if it did, else None.
Recheck = Callable[[], Awaitable["int | None"]]
End = Callable[[int, str], Awaitable[None]]
Unwatch = Callable[[], None]


@dataclass(eq=False)
class _Connection:
    session_id: str | None
    recheck: Recheck
    end: End


class LiveSessions:
    """The open connections by user, so that an event wakes only that user's, whatever the
    number of connections (one bus subscription per event name, not one per socket)."""

    def __init__(self, events: EventBus) -> None:
        self._by_user: dict[str, set[_Connection]] = defaultdict(set)
        events.subscribe(SessionEnded.name, self._session_ended)
        events.subscribe(UserSuspended.name, self._suspended)
        events.subscribe(LiveUpdatesMissed.name, self._missed)

    def watch(self, user_id: str, session_id: str | None, recheck: Recheck, end: End) -> Unwatch:
        connection = _Connection(session_id, recheck, end)
        self._by_user[user_id].add(connection)

        def unwatch() -> None:
            watched = self._by_user.get(user_id)
            if watched is not None:
                watched.discard(connection)
                if not watched:
                    del self._by_user[user_id]

        return unwatch

    async def _session_ended(self, event: DomainEvent) -> None:
        assert isinstance(event, SessionEnded)
        for connection in list(self._by_user.get(event.user_id, ())):
            if event.session_id is not None and event.session_id == connection.session_id:
                await connection.end(CLOSE_SESSION_ENDED, "The session was ended; sign in again.")
            elif event.session_id is None or connection.session_id is None:
                # Every session of the user ended (or this connection's session is unknown, a
                # Cognito token): asked of the store, so a session opened since stays open.
                code = await connection.recheck()
                if code is not None:
                    await connection.end(code, "The session was ended; sign in again.")

    async def _missed(self, event: DomainEvent) -> None:
        """Some news may never have come (this process was paused): every connection's sign-in
        is asked of the store, as a sign-out everywhere would have it asked."""
        for connections in list(self._by_user.values()):
            for connection in list(connections):
                code = await connection.recheck()
                if code is not None:
                    await connection.end(code, "The session was ended; sign in again.")

    async def _suspended(self, event: DomainEvent) -> None:
        assert isinstance(event, UserSuspended)
        for connection in list(self._by_user.get(event.user_id, ())):
            await connection.end(CLOSE_SUSPENDED, "This account was suspended; contact support.")


_PER_BUS: weakref.WeakKeyDictionary[EventBus, LiveSessions] = weakref.WeakKeyDictionary()


def live_sessions(events: EventBus) -> LiveSessions:
    """The one LiveSessions of this event bus (made on first use)."""
    found = _PER_BUS.get(events)
    if found is None:
        found = _PER_BUS[events] = LiveSessions(events)
    return found
