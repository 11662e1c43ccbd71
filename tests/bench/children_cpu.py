"""CPU of a bench's child processes, which `time.process_time` and /proc/self/task leave out
(the PDF extraction's)."""
from __future__ import annotations

import os
import resource
from pathlib import Path


def children_cpu() -> float:
    """CPU seconds of this process's child processes so far: those running, from /proc, and
    those ended and waited for; Linux only."""
    ended = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = ended.ru_utime + ended.ru_stime
    tick, me = os.sysconf("SC_CLK_TCK"), os.getpid()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        if int(fields[1]) == me:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total
