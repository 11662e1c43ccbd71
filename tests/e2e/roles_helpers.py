"""The roles started apart, as an operator scales them: `talentgraph serve` (API processes) and
`talentgraph worker` on one data dir, each stopped or killed on its own."""
from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.e2e.server import GatewayProcess


class WorkerProcess:
    def __init__(self, api: GatewayProcess, concurrency: int = 2, own_session: bool = False) -> None:
        self.api = api
        self.concurrency = concurrency
        self.own_session = own_session  # as a service manager or `setsid` starts it
        self.process: subprocess.Popen | None = None
        self.log = api.data_dir.parent / f"worker-{api.port}.log"

    def start(self, timeout: float = 180.0) -> None:
        offset = self.log.stat().st_size if self.log.exists() else 0
        self.process = subprocess.Popen(
            [str(Path(sys.executable).parent / "talentgraph"), "worker", "--data-dir", str(self.api.data_dir),
             "--concurrency", str(self.concurrency)],
            env=self.api.env, stdout=self.log.open("ab"), stderr=subprocess.STDOUT,
            start_new_session=self.own_session)
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited early: {self.log.read_text()[-2000:]}")
            if "worker ready" in self.log.read_text()[offset:]:
                return
            time.sleep(0.05)
        raise TimeoutError(f"worker not ready within {timeout}s: {self.log.read_text()[-2000:]}")

    def terminate(self, timeout: float = 60.0) -> int:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=timeout)

    def kill(self) -> None:
        assert self.process is not None
        self.process.kill()
        self.process.wait(timeout=10)


def work_states(data_dir: Path) -> dict[str, int]:
    """The queue's items by state, read from the file as another process would."""
    with sqlite3.connect(data_dir / "talentgraph.sqlite3", timeout=10) as conn:
        return dict(conn.execute("SELECT state, count(*) FROM work_items GROUP BY state").fetchall())


def wait_for_leased(data_dir: Path, timeout: float = 60.0) -> None:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if work_states(data_dir).get("leased"):
            return
        time.sleep(0.02)
    raise TimeoutError("no work item was leased")
