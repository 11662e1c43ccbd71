"""Answers read from the SQLite file, kept in memory until the file next changes.

Whether the file changed is asked of SQLite itself on every use (`Database.change_stamp`:
this process's write count and `PRAGMA data_version`, which moves on every commit by any
connection of any process), so several processes may share the file and what is kept is
always what a fresh read would return. Any change (to any table) drops every kept answer; an
answer read while a change happened is not kept. Hot, rarely written reads (the session and
user behind every authenticated request) then cost a dict lookup and a few microseconds
instead of a trip to the database thread."""
from __future__ import annotations

from collections.abc import Hashable
from typing import Generic, TypeVar

from adapters.embedded.sqlite.database import Database

V = TypeVar("V")
Stamp = tuple[int, int]


class ReadsUntilNextWrite(Generic[V]):
    def __init__(self, db: Database, max_entries: int = 4096) -> None:
        self._db = db
        self._max_entries = max_entries
        self._entries: dict[Hashable, V] = {}
        self._stamp: Stamp | None = None

    def get(self, key: Hashable) -> V | None:
        return self._current().get(key)

    def stamp(self) -> Stamp:
        """Take before reading; hand to `keep` with what was read."""
        return self._db.change_stamp()

    def keep(self, key: Hashable, value: V, stamp_before_reading: Stamp) -> None:
        """Keeps value unless the file changed since stamp_before_reading was taken."""
        entries = self._current()
        if self._stamp != stamp_before_reading:
            return
        if len(entries) >= self._max_entries:
            del entries[next(iter(entries))]  # the oldest kept
        entries[key] = value

    def _current(self) -> dict[Hashable, V]:
        """The kept answers, emptied first if the file changed since they were read."""
        stamp = self._db.change_stamp()
        if stamp != self._stamp:
            self._entries.clear()
            self._stamp = stamp
        return self._entries
