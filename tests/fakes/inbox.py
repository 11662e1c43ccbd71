"""An in-memory inbox (domain.ports.inbox.Inbox), run through the same contract as the adapters."""
from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Sequence
from datetime import datetime

from domain.inbox import Notification
from domain.pagination import Page, PageRequest, cut_page


class FakeInbox:
    def __init__(self, people: set[str] | None = None, recruiters: dict[str, str] | None = None) -> None:
        # Who exists (None: everyone), as the adapters check their users.
        self.people = people
        # The organization each person recruits for (None: whichever a notification names), read
        # by every write and read as the adapters read their users.
        self.recruiters = recruiters
        self.notes: dict[str, dict[str, Notification]] = {}
        self._lock = asyncio.Lock()

    async def keep(self, notifications: Sequence[Notification], limit: int) -> list[Notification]:
        kept = []
        async with self._lock:
            for note in notifications:
                if self.people is not None and note.user_id not in self.people:
                    continue
                if note.organization_id is not None and self.recruiters is not None \
                        and self.recruiters.get(note.user_id) != note.organization_id:
                    continue
                mine = self.notes.setdefault(note.user_id, {})
                if note.dedupe_key and any(n.dedupe_key == note.dedupe_key for n in mine.values()):
                    continue
                mine[note.id] = note
                kept.append(note)
                for old in sorted(mine)[:-limit] if len(mine) > limit else []:
                    del mine[old]
            return [n for n in kept if n.id in self.notes.get(n.user_id, {})]

    def _visible(self, note: Notification) -> bool:
        return note.organization_id is None or self.recruiters is None \
            or self.recruiters.get(note.user_id) == note.organization_id

    def _mine(self, user_id: str) -> dict[str, Notification]:
        return {i: n for i, n in self.notes.get(user_id, {}).items() if self._visible(n)}

    async def pages(self, user_ids: Sequence[str], unread_only: bool, page: PageRequest) -> list[Page[Notification]]:
        after = page.after_as(str)
        pages = []
        for user_id in user_ids:
            notes = sorted(self._mine(user_id).values(), key=lambda n: n.id, reverse=True)
            if unread_only:
                notes = [n for n in notes if n.read_at is None]
            total = len(notes)
            if after is not None:
                notes = [n for n in notes if n.id < str(after[0])]
            pages.append(cut_page(notes[:page.first + 1], page.first, lambda n: n, lambda n: (n.id,),
                                  total if page.want_total else 0))
        return pages

    async def get_many(self, user_id: str, ids: Sequence[str]) -> list[Notification | None]:
        return [self._mine(user_id).get(i) for i in ids]

    async def unread_counts(self, user_ids: Sequence[str]) -> list[int]:
        return [sum(n.read_at is None for n in self._mine(u).values()) for u in user_ids]

    async def mark_read(self, user_id: str, ids: Sequence[str], at: datetime) -> list[str]:
        mine, stored = self._mine(user_id), self.notes.get(user_id, {})
        missing = [i for i in ids if i not in mine]
        if not missing:
            for i in ids:
                if mine[i].read_at is None:
                    stored[i] = dataclasses.replace(mine[i], read_at=at)
        return missing

    async def mark_all_read(self, user_id: str, before: datetime | None, at: datetime) -> int:
        mine, stored = self._mine(user_id), self.notes.get(user_id, {})
        due = [i for i, n in mine.items() if n.read_at is None and (before is None or n.created_at < before)]
        for i in due:
            stored[i] = dataclasses.replace(mine[i], read_at=at)
        return len(due)

    async def remove_all(self, user_id: str) -> None:
        self.notes.pop(user_id, None)

    async def remove_of_organization(self, user_id: str, organization_id: str, ids: Sequence[str] = ()) -> int:
        async with self._lock:
            mine = self.notes.get(user_id, {})
            due = [i for i, n in mine.items() if n.organization_id == organization_id or i in set(ids)]
            for i in due:
                del mine[i]
            return len(due)
