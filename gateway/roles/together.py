"""`talentgraph run`: the API role and the worker role, started together, stopped together.

This process is the API's process manager (uvicorn's, as `serve` runs it) and the worker's
parent. The worker lowers its own priority by `worker_niceness` (default 10; see
gateway.roles.priority), so that where the roles share cores the requests come first. The
worker starts once the API answers, so the first request is not kept waiting by the worker's
start on a machine with few cores. Ctrl-C or SIGTERM stops the API (uvicorn
drains it), then the worker gets one SIGTERM and drains too; if the worker ends on its own,
the API is stopped and this exits non-zero, so a supervisor (Docker, systemd) sees the
deployment fail as one."""
from __future__ import annotations

import ctypes
import logging
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request

from gateway.config import Settings

log = logging.getLogger("talentgraph.run")
_PR_SET_PDEATHSIG = 1
_API_WAIT_SECONDS = 60.0


class _Worker:
    def __init__(self, settings: Settings, concurrency: int | None) -> None:
        self._words = ["worker", "--data-dir", str(settings.data_dir.resolve()), "--backend", settings.backend,
                       *(["--concurrency", str(concurrency)] if concurrency else [])]
        self._readyz = f"http://{_loopback(settings.host)}:{settings.port}/readyz"
        self._process: subprocess.Popen | None = None
        self._stopping = threading.Event()
        self._starting = threading.Lock()  # a stop never slips in between the check and the start
        self.failed = False

    def start_when_api_answers(self) -> None:
        threading.Thread(target=self._run, name="worker-role", daemon=True).start()

    def stop(self, seconds: float) -> None:
        with self._starting:
            self._stopping.set()
        process = self._process
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def _prepare_child(self) -> None:
        """In the worker child, before it runs: ended with this process (it lowers its own
        priority once it runs, as when started alone)."""
        _die_with_parent()

    def _run(self) -> None:
        deadline = time.monotonic() + _API_WAIT_SECONDS
        while not self._stopping.is_set() and time.monotonic() < deadline and not _answers(self._readyz):
            time.sleep(0.05)
        with self._starting:
            if self._stopping.is_set():
                return
            # A process group of its own: a terminal's Ctrl-C reaches this process, which passes
            # one SIGTERM on once the API has drained. The same session as the API, though:
            # where the kernel shares the cores between sessions first (Linux autogroups) the
            # worker's nice value counts only against the processes of its own session.
            self._process = process = subprocess.Popen([sys.executable, "-m", "gateway.cli", *self._words],
                                                       process_group=0,
                                                       # Runs only prctl, which takes no lock a thread could hold.
                                                       preexec_fn=self._prepare_child)  # noqa: PLW1509
        status = process.wait()
        if not self._stopping.is_set():
            log.error("the worker role ended on its own (status %s): stopping the API", status)
            self.failed = True
            os.kill(os.getpid(), signal.SIGTERM)


def run_together(settings: Settings, processes: int, concurrency: int | None) -> int:
    from gateway.roles.commands import serve

    worker = _Worker(settings, concurrency)
    worker.start_when_api_answers()
    try:
        serve(settings, processes)
    finally:
        worker.stop(settings.graceful_shutdown_seconds + 10)
    return 1 if worker.failed else 0


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


def _loopback(host: str) -> str:
    return "127.0.0.1" if host in ("0.0.0.0", "", "::") else host


def _die_with_parent() -> None:
    """Linux: the worker gets SIGTERM if this process is killed outright, so no role is left
    running without the other. Elsewhere nothing (the worker then outlives a SIGKILL)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass
