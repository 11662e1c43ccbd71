from __future__ import annotations

import asyncio

from aiodataloader import DataLoader

from domain.email_change_pending import PendingEmailChange
from domain.services.email_change import EmailChange
from domain.users import User


class PendingEmailChangeByUserLoader(DataLoader[User, PendingEmailChange | None]):
    """The address change a person asked for and has not confirmed. Only its owner (or an
    administrator) asks, so one read per key is no N+1. Given the user as read by this request
    (a change it shows as made is not pending), cached by id; the mutations that change what it
    reads clear it, so a later field of the same document reads it again."""

    def __init__(self, email_change: EmailChange) -> None:
        super().__init__(get_cache_key=lambda user: user.id)
        self._email_change = email_change

    async def batch_load_fn(self, keys: list[User]) -> list[PendingEmailChange | None]:
        return list(await asyncio.gather(*(self._email_change.pending(user) for user in keys)))
