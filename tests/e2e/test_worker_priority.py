"""`talentgraph worker` started on its own (as an operator scales it beside `serve`) yields the
cores to the API processes: it lowers its own CPU priority by `worker_niceness` (default 10),
every thread of it (the database's, the model's), not only the first; 0 leaves it as started."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.process_tree import niceness
from tests.e2e.roles_helpers import WorkerProcess
from tests.e2e.server import GatewayProcess


def _thread_niceness(pid: int) -> set[int]:
    return {int((task / "stat").read_text().rsplit(")", 1)[1].split()[16])
            for task in Path(f"/proc/{pid}/task").iterdir()}


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
        assert _thread_niceness(worker.process.pid) == {min(19, api_niceness + lowered_by)}
    finally:
        if worker.process is not None:
            worker.terminate()
        api.stop()
