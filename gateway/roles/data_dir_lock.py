"""Who may use an embedded data dir at once.

Every process of one deployment shares the SQLite file: its API processes (one address,
`host:port`) and its worker process. Advisory `flock` locks, released by the kernel when a
process ends however it ends (a kill included), say who is there:

- `deployment.lock`, held shared by every process of the deployment; its text names the
  deployment's API address. An API process for another address is a second, independent
  deployment on the same data and is refused.
- `worker.lock`, held alone by the one worker process: the vector index files and the queue's
  lease recovery at start assume one worker process per data dir (it scales by concurrency).

`deployment.guard` is held for the few microseconds a process takes to check and join, so two
processes starting at once see each other."""
from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO

from gateway.startup import StartupFailure

DEPLOYMENT_LOCK = "deployment.lock"
WORKER_LOCK = "worker.lock"
_GUARD = "deployment.guard"


class DataDirInUse(StartupFailure):
    """Another deployment, or another worker process, already uses this data dir."""


@contextmanager
def hold_data_dir(data_dir: Path, *, api_address: str | None, worker: bool) -> Iterator[None]:
    """Joins the deployment on `data_dir` for as long as the context lasts: as one of its API
    processes (serving `api_address`) and/or as its worker process."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with ExitStack() as held:
        deployment = held.enter_context(_open(data_dir / DEPLOYMENT_LOCK))
        with _open(data_dir / _GUARD) as guard:
            fcntl.flock(guard, fcntl.LOCK_EX)
            _join(deployment, data_dir, api_address)
            if worker:
                held.enter_context(_sole_worker(data_dir))
        yield


def _join(lock: IO[str], data_dir: Path, api_address: str | None) -> None:
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        alone = True
    except BlockingIOError:
        alone = False
    serving = None if alone else _read(lock).get("api")
    if api_address and serving and serving != api_address:
        raise DataDirInUse(
            data_dir,
            f"another deployment (serving {serving}) uses this data dir; stop it, or give this one its"
            " own --data-dir (processes of one deployment share it: `talentgraph run`, or"
            f" `talentgraph serve --port {serving.rpartition(':')[2]}` and `talentgraph worker`)",
        )
    if alone or (api_address and not serving):
        _write(lock, {"api": api_address})
    # Shared from now on: the deployment's other processes join beside this one.
    fcntl.flock(lock, fcntl.LOCK_SH)


@contextmanager
def _sole_worker(data_dir: Path) -> Iterator[None]:
    with _open(data_dir / WORKER_LOCK) as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _read(lock).get("pid")
            raise DataDirInUse(
                data_dir,
                f"a worker process (pid {pid}) already runs on this data dir; the embedded backend has one"
                " worker process per data dir (it writes the vector index): give it more"
                " `--concurrency` instead",
            ) from None
        _write(lock, {"pid": os.getpid()})
        yield


@contextmanager
def _open(path: Path) -> Iterator[IO[str]]:
    # "a+": created if missing, never truncated by opening (a holder's text stays readable).
    with open(path, "a+", encoding="utf-8") as handle:
        yield handle


def _read(lock: IO[str]) -> dict:
    lock.seek(0)
    try:
        found = json.loads(lock.read() or "{}")
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _write(lock: IO[str], content: dict) -> None:
    lock.seek(0)
    lock.truncate()
    lock.write(json.dumps(content))
    lock.flush()
