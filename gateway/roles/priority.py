"""The worker role's CPU priority: lowered once, at the start of the worker process, so that
on a machine it shares with API processes the scheduler gives them the cores first and the
worker the rest (it still uses every idle cycle).

On Linux a nice value belongs to a thread; threads and child processes inherit it when they
are created. Threads that already run (some libraries start theirs on import, OpenBLAS's
among them) are lowered one by one; the database threads, the model's threads and the
extraction processes are created later and inherit it.

Where the kernel groups tasks by session (Linux autogroups, the default of most
distributions), it shares the cores between sessions first and by nice value only within a
session: a worker in a session of its own (`setsid`, some service managers) would weigh as
much as every API process together, whatever its threads' nice value. Such a worker lowers its
session's group too (/proc/self/autogroup, sched(7)); a worker sharing its session (started
from a shell, or by `talentgraph run`, in the API's session) leaves that group alone."""
from __future__ import annotations

import logging
import os
from collections.abc import Collection
from pathlib import Path

log = logging.getLogger("talentgraph.worker")


def lower_priority(increment: int, spared: Collection[int] = ()) -> int:
    """Adds `increment` to this process's nice value (capped by the OS at 19); returns the
    value now in effect. An OS that refuses leaves the priority as it was. `spared`: native
    ids of threads left at the priority they have (the thread that writes to the shared SQLite
    file, see whole_transactions.py)."""
    if increment <= 0:
        return os.nice(0)
    _lower_own_session_group(increment)
    try:
        now = os.nice(increment)
    except OSError as error:
        log.warning("could not lower the worker's CPU priority: %s", error)
        return os.nice(0)
    _lower_other_threads(now, spared)
    log.info("worker CPU priority lowered: nice %d", now)
    return now


def _lower_other_threads(niceness: int, spared: Collection[int]) -> None:
    tasks = Path("/proc/self/task")
    if not tasks.is_dir():  # not Linux: the process's priority is what os.nice set
        return
    for task in tasks.iterdir():
        try:
            thread = int(task.name)
            if thread in spared:
                continue
            if os.getpriority(os.PRIO_PROCESS, thread) < niceness:
                os.setpriority(os.PRIO_PROCESS, thread, niceness)
        except (OSError, ValueError):
            pass  # the thread ended meanwhile


def _lower_own_session_group(increment: int) -> None:
    group = Path("/proc/self/autogroup")
    if os.getsid(0) != os.getpid() or not group.exists():
        return  # not this process's own session, or no autogroups: threads' nice values rule
    try:
        lowered = lowered_group_niceness(group.read_text(), increment)
        if lowered is not None:
            group.write_text(str(lowered))
    except (OSError, ValueError) as error:
        log.warning("could not lower the worker's session group: %s", error)


def lowered_group_niceness(shown: str, increment: int) -> int | None:
    """The session group's nice value after lowering it by `increment`, from what
    /proc/self/autogroup shows ("/autogroup-7 nice 0"); None where the kernel shows nothing
    (some sandboxed kernels), which compare nice values across sessions anyway."""
    words = shown.split()
    if not words:
        return None
    return min(19, int(words[-1]) + increment)
