"""The ids a stream has already sent, the most recent few: a relay announces a match again
after a crash (at least once, domain/ports/match_announcements.py), and a subscriber should
see it once."""
from __future__ import annotations

from collections import OrderedDict

# Far more than one job's announcements to one subscriber; a repeat comes within seconds.
_REMEMBERED = 4096


class SeenIds:
    def __init__(self, remembered: int = _REMEMBERED) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._remembered = remembered

    def first_time(self, id_: str) -> bool:
        if id_ in self._ids:
            return False
        self._ids[id_] = None
        if len(self._ids) > self._remembered:
            self._ids.popitem(last=False)
        return True
