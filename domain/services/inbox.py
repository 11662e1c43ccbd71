"""A person's own inbox: the reads the per-request loaders batch, and marking read, where a bad
request is told apart from a good one."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from domain.clock import Clock
from domain.errors import BadUserInput, NotFound
from domain.inbox import Notification
from domain.pagination import Page, PageRequest
from domain.ports.inbox import Inbox
from domain.users import User

MAX_IDS_PER_MARK = 100
# Ours are 32 characters (domain.inbox.notification_id); anything much longer is no id of ours.
_MAX_ID_LENGTH = 64


class InboxService:
    def __init__(self, inbox: Inbox, clock: Clock) -> None:
        self._inbox = inbox
        self._clock = clock

    async def pages(self, user_ids: Sequence[str], unread_only: bool, page: PageRequest) -> list[Page[Notification]]:
        return await self._inbox.pages(user_ids, unread_only, page)

    async def unread_counts(self, user_ids: Sequence[str]) -> list[int]:
        return await self._inbox.unread_counts(user_ids)

    async def get_many(self, user_id: str, ids: Sequence[str]) -> list[Notification | None]:
        return await self._inbox.get_many(user_id, ids)

    async def mark_read(self, viewer: User, ids: Sequence[str]) -> list[Notification]:
        """Idempotent: one already read keeps its time. Someone else's id is refused exactly as
        an unknown one (NOT_FOUND), and then nothing is marked."""
        wanted = list(dict.fromkeys(ids))
        if len(wanted) > MAX_IDS_PER_MARK:
            raise BadUserInput(
                f"`ids` may name at most {MAX_IDS_PER_MARK} notifications; mark the rest in another call,"
                " or use markAllNotificationsRead.", argument="ids",
            )
        if not wanted:
            return []
        missing = [i for i in wanted if len(i) > _MAX_ID_LENGTH]
        if not missing:
            missing = await self._inbox.mark_read(viewer.id, wanted, self._clock.now())
        if missing:
            raise NotFound(
                "`ids` names a notification that does not exist (or is not yours); use ids from"
                " `me { notifications }`.", argument="ids", missing=len(missing),
            )
        found = await self._inbox.get_many(viewer.id, wanted)
        return [note for note in found if note is not None]

    async def mark_all_read(self, viewer: User, before: datetime | None) -> int:
        return await self._inbox.mark_all_read(viewer.id, before, self._clock.now())
