"""Answers read from the SQLite file, kept in memory until this process next writes to it.

The embedded backend is one serving process that owns its file, so a write it has not made
cannot happen behind its back; any write (to any table) drops every kept answer, so what is
kept is always what a fresh read would return. An answer read while a write was under way is
not kept. Hot, rarely written reads (the session and user behind every authenticated
request) then cost a dict lookup instead of a trip to the database thread."""
from __future__ import annotations

from collections.abc import Hashable
from typing import Generic, TypeVar

from adapters.embedded.sqlite.database import Database

V = TypeVar("V")


class ReadsUntilNextWrite(Generic[V]):
    def __init__(self, db: Database, max_entries: int = 4096) -> None:
        self._db = db
        self._max_entries = max_entries
        self._entries: dict[Hashable, V] = {}
        self._generation = db.write_generation

    def get(self, key: Hashable) -> V | None:
        return self._current().get(key)

    def keep(self, key: Hashable, value: V, generation_before_reading: int) -> None:
        """Keeps value unless a write happened since generation_before_reading was taken."""
        if self._db.write_generation != generation_before_reading:
            return
        entries = self._current()
        if len(entries) >= self._max_entries:
            del entries[next(iter(entries))]  # the oldest kept
        entries[key] = value

    def _current(self) -> dict[Hashable, V]:
        """The kept answers, emptied first if the file was written since they were read."""
        if self._generation != self._db.write_generation:
            self._entries.clear()
            self._generation = self._db.write_generation
        return self._entries
