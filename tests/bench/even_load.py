"""wrk against a deployment of several API processes, measured only once its connections are
spread evenly over the processes.

Each API process listens on a socket of its own (SO_REUSEPORT) and the kernel hands each new
connection to one of them by a hash of its addresses: a burst no longer lands on one process
alone (as it did when they shared one socket and whichever woke first accepted every
connection waiting), but the hash is a coin toss per connection: wrk's 16 land 8/8 one run in
six, within one of an even share one run in two, 11/5 or worse one run in four. Under a closed
loop a process's latency grows with the connections it holds (11 against 8: x1.4 on the p99),
so two windows compared with each other must have the same spread: a run whose connections
are not spread evenly (within `TOLERANCE` of an even share) is stopped after its connections
are counted and started again; every attempt is kept for the report."""
from __future__ import annotations

import json
import re
import resource
import subprocess
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tests.bench.api_processes import connections_by_pid
from tests.bench.bench_http import CONNECTIONS, REFERENCE_QUERY, WRK_SCRIPT

TOLERANCE = 1  # connections off an even share, per process
ATTEMPTS = 20


@dataclass
class Window:
    rps: float
    p50_ms: float
    p99_ms: float
    spread: list[int]  # connections per API process, this window
    wrk_cores: float  # the load generator's own CPU, in cores over the window (it shares them)
    uneven_starts: list[list[int]] = field(default_factory=list)  # the spreads of the runs stopped before it

    def summary(self) -> dict[str, object]:
        return {"rps": self.rps, "p50_ms": self.p50_ms, "p99_ms": self.p99_ms, "spread": self.spread,
                "wrk_cores": round(self.wrk_cores, 2), "uneven_starts": self.uneven_starts}


def wrk_evenly(url: str, port: int, token: str, seconds: int, pids: list[int]) -> Window:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT.format(body=json.dumps(json.dumps({"query": REFERENCE_QUERY})),
                                       auth=f'wrk.headers["authorization"] = "Bearer {token}"'))
    uneven: list[list[int]] = []
    try:
        for _ in range(ATTEMPTS):
            cpu_before, started = _children_cpu(), time.perf_counter()
            run = subprocess.Popen(
                ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", "-s", script.name, url],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            spread = _spread_once_connected(port, pids, run.pid)
            if max(spread) - min(spread) <= 2 * TOLERANCE:
                out, err = run.communicate(timeout=seconds + 60)
                if run.returncode != 0 or "Non-2xx" in out:
                    raise RuntimeError(f"wrk failed or saw errors:\n{out}\n{err}")
                wrk_cores = (_children_cpu() - cpu_before) / (time.perf_counter() - started)
                return Window(*_figures(out), spread=spread, wrk_cores=wrk_cores, uneven_starts=uneven)
            run.kill()
            run.communicate()
            uneven.append(spread)
            time.sleep(0.2)  # the stopped run's connections are closed on the server's side too
        raise RuntimeError(f"wrk's connections were never spread evenly over {pids}: {uneven}")
    finally:
        Path(script.name).unlink()


def _children_cpu() -> float:
    """CPU of this process's children that have ended (wrk, once waited for)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _spread_once_connected(port: int, pids: list[int], wrk_pid: int, seconds: float = 5) -> list[int]:
    """wrk's connections per API process, once all of them are accepted (an uploader's own are
    not counted)."""
    deadline = time.monotonic() + seconds
    counted: Counter[int] = Counter()
    while time.monotonic() < deadline:
        counted = connections_by_pid(port, client_pid=wrk_pid)
        if sum(counted[pid] for pid in pids) >= CONNECTIONS:
            break
        time.sleep(0.02)
    return [counted[pid] for pid in pids]


def _figures(out: str) -> tuple[float, float, float]:
    return (float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
            _ms(re.search(r"50%\s+([\d.]+\w+)", out).group(1)), _ms(re.search(r"99%\s+([\d.]+\w+)", out).group(1)))


def _ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]
