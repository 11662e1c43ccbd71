"""`talentgraph worker` started on its own (as an operator scales it beside `serve`) yields the
cores to the API processes: it lowers its own CPU priority by `worker_niceness` (default 10),
every thread of it (the database's, the model's), not only the first, but the one thread that
runs its write transactions on the shared SQLite file (whose write lock the API's writes wait
for); 0 leaves it as started."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.e2e.process_tree import niceness
from tests.e2e.roles_helpers import WorkerProcess
from tests.e2e.server import GatewayProcess


def _all_niceness(pid: int) -> list[int]:
    return [int((task / "stat").read_text().rsplit(")", 1)[1].split()[16])
            for task in Path(f"/proc/{pid}/task").iterdir()]


def _lowered_but_the_writer(pid: int, started: int, lowered: int) -> None:
    """Every thread at `lowered` but exactly one (the writing thread) at `started`."""
    seen = Counter(_all_niceness(pid))
    if lowered == started:
        assert set(seen) == {started}
    else:
        assert seen[started] == 1 and set(seen) == {started, lowered}, seen


@pytest.mark.parametrize(("setting", "lowered_by"), [(None, 10), ("0", 0), ("4", 4)])
def test_a_worker_started_alone_lowers_its_priority_in_every_thread(tmp_path, setting, lowered_by):
    env = {"TALENTGRAPH_EMBED_AT_START": "true"}  # the model's threads exist once it is ready
    if setting is not None:
        env["TALENTGRAPH_WORKER_NICENESS"] = setting
    api = GatewayProcess(tmp_path / "data", env, command=("serve", "--workers", "1"))
    api.start()
    worker = WorkerProcess(api)
    try:
        worker.start()
        assert worker.process is not None
        api_niceness = niceness(api.process.pid)
        _lowered_but_the_writer(worker.process.pid, api_niceness, min(19, api_niceness + lowered_by))
    finally:
        if worker.process is not None:
            worker.terminate()
        api.stop()


def _autogroup(pid: int) -> tuple[str, int]:
    """The session's scheduling group (Linux autogroup) and its nice value."""
    name, _, nice = Path(f"/proc/{pid}/autogroup").read_text().split()
    return name, int(nice)


def _autogroups_in_use() -> bool:
    """Autogroups switched on and shown per process. Some sandboxed kernels (gVisor) report the
    switch on but give every process an empty autogroup file: there nice values are compared
    across sessions anyway, and there is no group to check."""
    try:
        enabled = Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() == "1"
        shown = len(Path("/proc/self/autogroup").read_text().split()) == 3
    except OSError:
        return False
    return enabled and shown


autogroups = pytest.mark.skipif(not _autogroups_in_use(),
                                reason="a Linux kernel with autogroups switched on and shown per process")


# With autogroups the kernel shares the cores between sessions first and by nice value only
# within one: a worker's nice 10 counts against the API processes only in their session. The
# session and process group are checked on every kernel; the group where the kernel shows it.
def test_the_worker_run_starts_shares_the_api_session_so_its_nice_value_counts_against_the_api(tmp_path):
    import os

    deployment = GatewayProcess(tmp_path / "data", {"TALENTGRAPH_EMBED_AT_START": "true"},
                                command=("run", "--workers", "2"))
    deployment.start()
    try:
        root = deployment.process.pid
        worker = _worker_of(root)
        assert os.getsid(worker) == os.getsid(root)
        assert os.getpgid(worker) != os.getpgid(root)  # signalled as a group of its own
        if _autogroups_in_use():
            assert _autogroup(worker) == _autogroup(root)
        _lowered_but_the_writer(worker, niceness(root), niceness(root) + 10)
    finally:
        deployment.stop()


@autogroups
def test_a_worker_leading_a_session_of_its_own_lowers_that_sessions_group(tmp_path):
    api = GatewayProcess(tmp_path / "data", command=("serve", "--workers", "1"))
    api.start()
    worker = WorkerProcess(api, own_session=True)
    try:
        worker.start()
        assert worker.process is not None
        api_group, api_nice = _autogroup(api.process.pid)
        worker_group, worker_nice = _autogroup(worker.process.pid)
        assert worker_group != api_group and worker_nice == api_nice + 10
    finally:
        if worker.process is not None:
            worker.terminate()
        api.stop()


def _worker_of(root: int, seconds: float = 60) -> int:
    import time

    from tests.e2e.process_tree import command_line, descendants

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        workers = [pid for pid in descendants(root) if "gateway.cli worker" in command_line(pid)]
        # Its priority is lowered first thing (its session's group before its threads).
        if workers and niceness(workers[0]) > 0:
            return workers[0]
        time.sleep(0.1)
    raise TimeoutError("the worker role did not start")
