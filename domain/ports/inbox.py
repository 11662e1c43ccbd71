"""Where a person's in-app notifications are kept (domain/inbox.py)."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol, runtime_checkable

from domain.inbox import Notification
from domain.pagination import Page, PageRequest
from domain.ports.notifications import Delivery


class Inbox(Protocol):
    """Every read (pages, counts, get_many, mark_read, mark_all_read) passes over an entry kept
    for its person as a recruiter of an organization (Notification.organization_id) unless they
    are a recruiter of it now, read with the entries: once a leaving commits its entries are
    gone from view, whether or not `remove_of_organization` ran yet (a crash between the two
    leaves that to queued work). Pages are filtered in the store, so they come back full."""

    async def keep(self, notifications: Sequence[Notification], limit: int) -> list[Notification]:
        """Keeps each notification once per person and dedupe key (one whose key that person
        already has is passed over, so a retried send adds nothing) and only for a person who
        exists, and one naming an organization only while its person is a recruiter of it (read
        in the same write, so one racing their leaving is either refused or kept before the
        leaving, for `remove_of_organization` to find); in the same write, a person's oldest past
        `limit` go. Returns those newly kept."""
        ...

    async def pages(self, user_ids: Sequence[str], unread_only: bool, page: PageRequest) -> list[Page[Notification]]:
        """Each person's notifications, newest first (highest id first)."""
        ...

    async def get_many(self, user_id: str, ids: Sequence[str]) -> list[Notification | None]:
        """The person's own notifications of those ids; None for any other (someone else's too)."""
        ...

    async def unread_counts(self, user_ids: Sequence[str]) -> list[int]: ...

    async def mark_read(self, user_id: str, ids: Sequence[str], at: datetime) -> list[str]:
        """Marks the person's notifications of those ids read (those read before keep their
        time). When some id is not one of theirs, nothing is marked and those ids come back."""
        ...

    async def mark_all_read(self, user_id: str, before: datetime | None, at: datetime) -> int:
        """Marks every unread one (created before `before`, when given) read; returns how many."""
        ...

    async def remove_all(self, user_id: str) -> None: ...

    async def remove_of_organization(self, user_id: str, organization_id: str, ids: Sequence[str] = ()) -> int:
        """Removes the person's notifications kept for that organization, and theirs of `ids`
        (ids of others are passed over); the unread count follows. Returns how many went."""
        ...


@runtime_checkable
class KeepsInboxWithDeliveries(Protocol):
    """An outbox that keeps inbox entries in the same write as the deliveries (the embedded
    outbox: one SQLite transaction), so neither is kept without the other."""

    async def enqueue_keeping(
        self, deliveries: list[Delivery], notifications: Sequence[Notification], limit: int
    ) -> list[Notification]: ...
