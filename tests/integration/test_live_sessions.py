"""Which live connections an ended sign-in reaches, through the in-process event bus: the
ended session's own at once, every one of the user's for an "all sessions" end only if the
store agrees (a sign-in opened since stays), a suspended user's all with 4403, no one else's."""
from __future__ import annotations

from adapters.embedded.event_bus import InProcessEventBus
from domain.events import LiveUpdatesMissed, SessionEnded, UserSuspended
from gateway.auth.live_sessions import CLOSE_SESSION_ENDED, CLOSE_SUSPENDED, LiveSessions


class Connection:
    def __init__(self, signed_in: bool = False) -> None:
        self.signed_in = signed_in
        self.closed_with: int | None = None

    async def recheck(self) -> int | None:
        return None if self.signed_in else CLOSE_SESSION_ENDED

    async def end(self, code: int, reason: str) -> None:
        self.closed_with = code


def watched(sockets: LiveSessions, user_id: str, session_id: str | None, signed_in: bool = False) -> Connection:
    connection = Connection(signed_in)
    sockets.watch(user_id, session_id, connection.recheck, connection.end)
    return connection


async def test_an_ended_session_closes_its_own_connections_only():
    bus = InProcessEventBus()
    sockets = LiveSessions(bus)
    mine, my_other_device, someone_else = (watched(sockets, "ada", "s1"), watched(sockets, "ada", "s2"),
                                           watched(sockets, "bob", "s1"))
    await bus.publish(SessionEnded(user_id="ada", session_id="s1", reason="signed out"))
    await bus.drain()
    assert (mine.closed_with, my_other_device.closed_with, someone_else.closed_with) == (CLOSE_SESSION_ENDED, None, None)


async def test_all_sessions_ended_asks_the_store_so_a_sign_in_opened_since_stays():
    bus = InProcessEventBus()
    sockets = LiveSessions(bus)
    old, opened_since = watched(sockets, "ada", "s1"), watched(sockets, "ada", "s2", signed_in=True)
    await bus.publish(SessionEnded(user_id="ada", reason="password changed"))
    await bus.drain()
    assert (old.closed_with, opened_since.closed_with) == (CLOSE_SESSION_ENDED, None)


async def test_a_suspension_closes_all_the_users_connections_with_4403_and_unwatched_ones_are_left_alone():
    bus = InProcessEventBus()
    sockets = LiveSessions(bus)
    first, second = watched(sockets, "ada", "s1", signed_in=True), watched(sockets, "ada", None, signed_in=True)
    gone = Connection()
    sockets.watch("ada", "s3", gone.recheck, gone.end)()  # watched, then unwatched (socket closed)
    await bus.publish(UserSuspended(user_id="ada", by_user_id="admin"))
    await bus.drain()
    assert (first.closed_with, second.closed_with, gone.closed_with) == (CLOSE_SUSPENDED, CLOSE_SUSPENDED, None)


async def test_missed_live_updates_ask_the_store_about_every_connection():
    """A paused process may have missed a sign-out or a suspension: each connection's sign-in
    is asked of the store, and only those it no longer stands for close."""
    bus = InProcessEventBus()
    sockets = LiveSessions(bus)
    still_signed_in, signed_out_meanwhile = watched(sockets, "ada", "s1", signed_in=True), watched(sockets, "bob", "s9")
    await bus.publish_to_name(LiveUpdatesMissed(missing=3))
    await bus.drain()
    assert (still_signed_in.closed_with, signed_out_meanwhile.closed_with) == (None, CLOSE_SESSION_ENDED)
