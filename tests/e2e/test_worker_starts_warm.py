"""`talentgraph worker` with `TALENTGRAPH_EMBED_AT_START` unset loads the model and starts its
extraction processes before it says it is ready (so the first résumés do not carry that
start-up), at its lowered priority; set to false, it leaves them to the first résumé."""
from __future__ import annotations

import os

import pytest

from tests.e2e.process_tree import command_line, descendants, niceness
from tests.e2e.roles_helpers import WorkerProcess
from tests.e2e.server import GatewayProcess


def _extraction_processes(pid: int) -> list[int]:
    return [child for child in descendants(pid) if "spawn_main" in command_line(child)]


@pytest.mark.parametrize(("setting", "warm"), [(None, True), ("false", False)])
def test_a_worker_is_warm_when_ready_unless_told_otherwise(tmp_path, setting, warm):
    api = GatewayProcess(tmp_path / "data", command=("serve", "--workers", "1"))
    api.env.pop("TALENTGRAPH_EMBED_AT_START")  # the tests' deployments set it false; the worker reads api.env
    if setting is not None:
        api.env["TALENTGRAPH_EMBED_AT_START"] = setting
    api.start()
    worker = WorkerProcess(api)
    try:
        worker.start(timeout=180)  # the model's load is part of its start: allow a busy machine
        assert worker.process is not None
        extraction = _extraction_processes(worker.process.pid)
        assert len(extraction) == (2 if warm else 0), extraction
        lowered = min(19, niceness(os.getpid()) + 10)
        assert all(niceness(child) == lowered for child in extraction)
    finally:
        if worker.process is not None:
            worker.terminate()
        api.stop()
