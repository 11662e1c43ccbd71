"""The reference query offered at a fixed rate (an open model), for latency below saturation.

wrk runs a closed loop: each of its connections sends its next request only once the last is
answered, so at saturation a latency compared between two windows is mostly queueing, and a
slow answer holds back the requests behind it, which are then never measured (coordinated
omission). wrk's Lua `delay()` only adds a pause before each request on a connection: still a
closed loop, its rate is connections / (pause + latency), so the rate offered falls exactly when
the server slows. wrk2 (which keeps a schedule and corrects for it) is not packaged for Debian;
autocannon's `overallRate` is a quota per connection per second (a burst at each second's start).

npm's `loadtest` (pinned in tests/bench/loadgen) sends on a schedule and opens another
connection when every one it holds is waiting: the rate offered does not depend on the answers.
Latency runs from the moment each request was sent; as long as the generator keeps to its
schedule that is the intended time (the achieved rate is reported beside the offered one to
show whether it did). Requests still unanswered when the window ends are not counted."""
from __future__ import annotations

import json
import resource
import shutil
import statistics
import subprocess
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tests.bench.api_processes import connections_by_pid
from tests.bench.bench_http import REFERENCE_QUERY

LOADGEN = Path(__file__).resolve().parent / "loadgen"


@dataclass
class PacedWindow:
    offered_rps: float
    rps: float  # answered per second of the window
    p50_ms: float
    p99_ms: float
    answered: int
    spread: list[int]  # the most connections each API process held from the generator at once
    client_cores: float  # the generator's own CPU, in cores over the window

    def summary(self) -> dict[str, object]:
        return {"offered_rps": self.offered_rps, "rps": round(self.rps, 1), "p50_ms": round(self.p50_ms, 2),
                "p99_ms": round(self.p99_ms, 2), "answered": self.answered, "spread": self.spread,
                "client_cores": round(self.client_cores, 2)}


def ensure_loadgen() -> None:
    """`npm ci` in tests/bench/loadgen once, and again only when its lockfile changed."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        raise RuntimeError("the paced window needs node and npm (Debian: apt-get install nodejs npm)")
    lock, installed = LOADGEN / "package-lock.json", LOADGEN / "node_modules" / ".package-lock.json"
    if not installed.exists() or installed.stat().st_mtime < lock.stat().st_mtime:
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=LOADGEN, check=True,
                       timeout=600)


def paced(url: str, port: int, token: str, rate: float, seconds: int, pids: list[int]) -> PacedWindow:
    ensure_loadgen()
    body = json.dumps({"query": REFERENCE_QUERY})
    cpu_before, started = _children_cpu(), time.perf_counter()
    run = subprocess.Popen(["node", str(LOADGEN / "paced_load.mjs"), url, str(round(rate)), str(seconds), body,
                            f"Bearer {token}"], cwd=LOADGEN, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    held: Counter[int] = Counter()
    while run.poll() is None:
        now = connections_by_pid(port, client_pid=run.pid)
        held = Counter({pid: max(held[pid], now[pid]) for pid in pids})
        time.sleep(0.5)
    out, err = run.communicate()
    if run.returncode != 0:
        raise RuntimeError(f"loadtest failed:\n{out}\n{err}")
    report = json.loads(out.strip().splitlines()[-1])
    if report["totalErrors"] or report["failures"]:
        raise RuntimeError(f"errors under the paced load: {report['totalErrors']} {report['failures']}")
    latencies = report["latencies"]
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return PacedWindow(offered_rps=round(rate), rps=len(latencies) / report["elapsedSeconds"], p50_ms=cuts[49],
                       p99_ms=cuts[98], answered=len(latencies), spread=[held[pid] for pid in pids],
                       client_cores=(_children_cpu() - cpu_before) / (time.perf_counter() - started))


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
