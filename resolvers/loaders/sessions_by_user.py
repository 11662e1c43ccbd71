from __future__ import annotations

import asyncio

from aiodataloader import DataLoader

from domain.ports.accounts import SessionRepository
from domain.sessions import Session


class SessionsByUserLoader(DataLoader[str, list[Session]]):
    """A person's sessions, newest use first. Only their owner asks (one key per request),
    so one query per key is no N+1."""

    def __init__(self, sessions: SessionRepository) -> None:
        super().__init__()
        self._sessions = sessions

    async def batch_load_fn(self, keys: list[str]) -> list[list[Session]]:
        return list(await asyncio.gather(*(self._sessions.list_for_user(key) for key in keys)))
