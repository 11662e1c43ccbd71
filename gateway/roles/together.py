"""`talentgraph run`: the API role (`serve`) and the worker role (`worker`) as two child
processes of this one, started together and stopped together.

Ctrl-C or SIGTERM here is passed on once to each child, which drains (gateway/roles); if
either child ends on its own, the other is stopped and this exits with its status, so a
supervisor (Docker, systemd) sees the deployment fail as one."""
from __future__ import annotations

import ctypes
import logging
import signal
import subprocess
import sys
import time

from gateway.config import Settings

log = logging.getLogger("talentgraph.run")
_PR_SET_PDEATHSIG = 1


def run_together(settings: Settings, processes: int, concurrency: int | None) -> int:
    from gateway.cli import exit_at_once, prepare
    from gateway.log_format import configure_logging
    from gateway.startup import explain

    configure_logging(settings.log_level)
    try:
        prepare(settings)  # migrated once here, before children race to do it
    except Exception as error:
        exit_at_once(explain(error, settings.database_path))
    where = ["--data-dir", str(settings.data_dir.resolve()), "--backend", settings.backend]
    worker_args = ["worker", *where, *(["--concurrency", str(concurrency)] if concurrency else [])]
    api_args = ["serve", *where, "--host", settings.host, "--port", str(settings.port), "--workers", str(processes)]
    children = [_start(worker_args), _start(api_args)]
    stopping = False

    def stop(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    status = 0
    while not stopping:
        ended = [child for child in children if child.poll() is not None]
        if ended:
            status = ended[0].returncode or 1
            log.error("a role ended on its own (status %s): stopping the other", ended[0].returncode)
            break
        time.sleep(0.1)
    for child in children:
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + settings.graceful_shutdown_seconds + 10
    for child in children:
        try:
            child.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    return status


def _start(words: list[str]) -> subprocess.Popen:
    # A session of its own: a terminal's Ctrl-C reaches this process only, which passes one
    # SIGTERM on (two signals would make uvicorn skip its graceful shutdown).
    return subprocess.Popen([sys.executable, "-m", "gateway.cli", *words], start_new_session=True,
                            preexec_fn=_die_with_parent)


def _die_with_parent() -> None:
    """Linux: the child gets SIGTERM if this process is killed outright, so no role is left
    running without the other. Elsewhere nothing (the children then outlive a SIGKILL)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass
