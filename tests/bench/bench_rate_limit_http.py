"""`make bench-rate-limit-http`: bench-http's reference query on `serve --workers N` with the
request bucket shared by the processes (leases, the default) and per process
(TALENTGRAPH_RATE_LIMIT_REQUEST_SCOPE=process), in the same run, interleaved, best of ROUNDS.

Two bucket sizes, neither refusing the load: bench-http's own (one lease lasts the whole run)
and one whose leases are small (block 50: a write every 50 requests per process), the most
renewals one busy client can cause.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from tests.bench.bench_http import PROCESSES, check_response, seed, wait_until_idle, wrk
from tests.e2e.clients.live_gateway import live_gateway

SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "2"))
LIMITS = {
    "bench-http's bucket (100000000/60)": "100000000/60",
    f"small leases ({200 * PROCESSES}/0.02: block 50)": f"{200 * PROCESSES}/0.02",
}


def main() -> int:
    if shutil.which("wrk") is None:
        print("needs wrk: apt-get install wrk", file=sys.stderr)
        return 2
    runs: dict[str, list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        base = {"TALENTGRAPH_RATE_LIMITS": "on", "TALENTGRAPH_LOG_LEVEL": "WARNING"}
        with live_gateway(data_dir, **base) as gateway:
            token = seed(gateway)
            wait_until_idle(gateway)
        for round_ in range(ROUNDS):
            for limit_name, limit in LIMITS.items():
                # Alternate which goes first: the machine's load drifts within a round.
                for scope in ("deployment", "process")[::1 if round_ % 2 == 0 else -1]:
                    env = {**base, "TALENTGRAPH_RATE_LIMIT_DEFAULT": limit, "TALENTGRAPH_RATE_LIMIT_REQUEST_SCOPE": scope}
                    with live_gateway(data_dir, command=("serve", "--workers", str(PROCESSES)), **env) as gateway:
                        check_response(gateway.url, token)
                        wrk(gateway.url, token, 2)  # warm-up
                        runs.setdefault(f"{limit_name}, {scope}", []).append(wrk(gateway.url, token, SECONDS))
    best = {name: max(results, key=lambda r: r["rps"]) for name, results in runs.items()}
    print(f"reference query on {PROCESSES} API processes, {SECONDS}s x {ROUNDS} rounds (best shown);"
          f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'':62} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7}")
    for name, result in best.items():
        print(f"{name:62} {result['rps']:8.0f} {result['p50_ms']:7.2f} {result['p99_ms']:7.2f}")
    for limit_name in LIMITS:
        shared, local = best[f"{limit_name}, deployment"]["rps"], best[f"{limit_name}, process"]["rps"]
        print(f"ratio shared/per-process req/s, {limit_name}: {shared / local:.2f}")
    print(json.dumps(runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
