"""A version number per job for the part of its profile a memo reads: the same number while
that part is equal, a new one when it changes, so a memo keyed by (job, version) never hands
back what an older profile gave. Bounded: the least recently asked job is forgotten first (it
then gets a new number, which only costs a recomputation)."""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping
from itertools import count

from domain.matching.profiles import JobProfile


def equal_keys(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    # A vector held as an array compares element-wise: such a key is never taken as equal.
    try:
        return bool(a == b)
    except ValueError:
        return False


class JobVersions:
    def __init__(self, key: Callable[[JobProfile], tuple[object, ...]], capacity: int) -> None:
        self._key, self._capacity = key, capacity
        self._jobs: OrderedDict[str, tuple[tuple[object, ...], int]] = OrderedDict()
        self._numbers = count(1)

    def of(self, profiles: Mapping[str, JobProfile]) -> dict[str, int]:
        """Each job's version for what the key reads of its profile now."""
        out: dict[str, int] = {}
        for job_id, profile in profiles.items():
            key = self._key(profile)
            seen = self._jobs.get(job_id)
            if seen is not None and equal_keys(seen[0], key):
                self._jobs.move_to_end(job_id)
                out[job_id] = seen[1]
                continue
            out[job_id] = next(self._numbers)
            self._jobs[job_id] = (key, out[job_id])
            self._jobs.move_to_end(job_id)
            if len(self._jobs) > self._capacity:
                self._jobs.popitem(last=False)
        return out
