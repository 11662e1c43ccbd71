"""The inbox's per-request loaders: one page per person and unread counts per person."""
from __future__ import annotations

from aiodataloader import DataLoader

from domain.inbox import Notification
from domain.services.inbox import InboxService
from resolvers.loaders.paged import PagedByParentLoader


class NotificationsByUserLoader(PagedByParentLoader[Notification]):
    """Key: (user id, unread only, PageRequest)."""

    def __init__(self, inbox: InboxService) -> None:
        super().__init__(inbox.pages)


class UnreadNotificationsByUserLoader(DataLoader[str, int]):
    def __init__(self, inbox: InboxService) -> None:
        super().__init__()
        self._inbox = inbox

    async def batch_load_fn(self, keys: list[str]) -> list[int]:
        return await self._inbox.unread_counts(keys)
