"""A sign-in ended on one replica ends the live connections another replica holds: the news
travels as SessionEnded / UserSuspended events through EventBridge to every replica's queue
(two replicas' buses in one process, as two gateway processes would have them)."""
from __future__ import annotations

import asyncio

from domain.events import SessionEnded, UserSuspended
from gateway.auth.live_sessions import CLOSE_SESSION_ENDED, CLOSE_SUSPENDED, live_sessions


async def test_a_logout_and_a_suspension_on_one_replica_end_connections_on_another(aws_clients, aws_names):
    from adapters.aws.events.event_bus import EventBridgeEventBus
    from adapters.aws.provision import ensure_event_bus

    events, sqs = await aws_clients.get("events"), await aws_clients.get("sqs")
    await ensure_event_bus(events, sqs, aws_names["event_bus"])
    serving, holding = (EventBridgeEventBus(events, sqs, aws_names["event_bus"], name, wait_seconds=1)
                        for name in ("serving", "holding"))
    ended: asyncio.Queue[tuple[str, int]] = asyncio.Queue()

    def connection(name: str):
        async def end(code: int, reason: str) -> None:
            await ended.put((name, code))

        async def still_signed_in() -> None:
            return None

        return still_signed_in, end

    for replica in (serving, holding):
        await replica.start()
    try:
        sockets = live_sessions(holding)
        sockets.watch("ada", "session-1", *connection("ada on session 1"))
        sockets.watch("ada", "session-2", *connection("ada on session 2"))
        sockets.watch("bob", "session-3", *connection("bob"))
        await serving.publish(SessionEnded(user_id="ada", session_id="session-1", reason="signed out"))
        assert await asyncio.wait_for(ended.get(), 15) == ("ada on session 1", CLOSE_SESSION_ENDED)
        await serving.publish(UserSuspended(user_id="bob", by_user_id="admin"))
        assert await asyncio.wait_for(ended.get(), 15) == ("bob", CLOSE_SUSPENDED)
        assert ended.empty()  # ada's other session goes on
    finally:
        for replica in (serving, holding):
            await replica.close()
