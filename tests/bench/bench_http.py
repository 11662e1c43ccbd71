"""`make bench-http`: the reference query under load on loopback, the gateway with every
defence on (auth, rate limiting, depth/alias/token/cost limits, CSRF, metrics) as one API
process, as N (`talentgraph serve --workers N`, N = cores) and as one process with the fast
paths off (TALENTGRAPH_FASTPATHS=off), against two baselines, in the same run: graphql-core
alone behind a bare Starlette route over the same services and data, and the same over
in-memory data (the ceiling). BENCH_BEFORE=/path/to/another/checkout adds that tree's gateway
(one process), measured the same way: before and after side by side.

Load comes from wrk (Debian package `wrk`): one thread, a fixed number of connections, each
server on its own port, measured one after the other, ROUNDS times, interleaved; the medians
are reported. The API processes run alone (no worker role): what is measured is the request
path. Targets: one API process >= 0.8 of the same-services baseline's req/s; N processes
>= 1.5 x one (on a machine whose cores the load generator shares, fewer).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.e2e.clients.live_gateway import PROJECT_ROOT, LiveGateway, free_port, live_gateway
from tests.e2e.clients.live_gateway import _wait_ready as wait_ready

REFERENCE_QUERY = "{ searchJobs(first: 20) { edges { node { id title organization { name } requiredSkills } } } }"
JOBS = 60
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
PROCESSES = int(os.environ.get("BENCH_PROCESSES", str(os.cpu_count() or 1)))
SECONDS = int(os.environ.get("BENCH_SECONDS", "8"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
# Another checkout (e.g. the main branch) measured beside this one in the same run.
BEFORE = os.environ.get("BENCH_BEFORE")
SAME = "graphql-core + bare Starlette (same services)"
IN_MEMORY = "graphql-core + bare Starlette (in-memory data)"
# Every defence on; the buckets are sized so the load itself is not refused.
GATEWAY_ENV = {
    "TALENTGRAPH_RATE_LIMITS": "on",
    "TALENTGRAPH_RATE_LIMIT_DEFAULT": "100000000/60",
    "TALENTGRAPH_LOG_LEVEL": "WARNING",
}

SKILLS = ["Python", "PostgreSQL", "Docker", "Kubernetes", "GraphQL", "AWS", "React", "TypeScript", "Go", "Rust"]

WRK_SCRIPT = """
wrk.method = "POST"
wrk.body = {body}
wrk.headers["content-type"] = "application/json"
{auth}
"""


def seed(gateway: LiveGateway) -> str:
    """Employers with jobs, and the candidate whose token the load uses."""
    for org in range(6):
        employer = gateway.register("EMPLOYER", f"bench-employer-{org}@example.com")
        for n in range(JOBS // 6):
            skills = ", ".join(SKILLS[(org + n) % len(SKILLS):][:3])
            body = gateway.execute(
                "mutation($i: JobInput!){ postJob(input: $i){ id } }",
                {"i": {"title": f"Engineer {org}-{n}", "description": f"We build services with {skills}."}},
                employer,
            )
            assert not body.get("errors"), body
    return gateway.register("CANDIDATE", "bench-candidate@example.com")


def wait_until_idle(gateway: LiveGateway, seconds: float = 300) -> None:
    """Until the background work the seeding queued (matching embeds every posted job) is done:
    the load measures the HTTP path in a steady state, not the queue workers beside it."""
    import time
    import urllib.request

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with urllib.request.urlopen(f"http://127.0.0.1:{gateway.port}/metrics", timeout=10) as response:
            text = response.read().decode()
        pending = sum(
            float(m.group(2)) for m in re.finditer(r'^talentgraph_queue_items\{state="(ready|leased)"\} ([\d.e+]+)$', text, re.M)
        )
        if pending == 0:
            return
        time.sleep(0.5)
    raise RuntimeError("the gateway's queue did not drain after seeding")


@contextmanager
def baseline_server(data_dir: Path, in_memory: bool = False) -> Iterator[LiveGateway]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.bench.graphql_core_baseline", "--port", str(port), "--data-dir", str(data_dir),
         *(["--in-memory"] if in_memory else [])],
        cwd=Path(__file__).resolve().parents[2], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        # The API role: it neither opens the worker's vector index nor recovers its leases.
        env={**os.environ, "TALENTGRAPH_JWT_SECRET": "live-test-secret-" + "x" * 40, "TALENTGRAPH_ROLE": "api"},
    )
    server = LiveGateway(port, data_dir)
    try:
        _wait_until_listening(server, process)
        yield server
    finally:
        process.terminate()
        process.wait(timeout=20)


def _wait_until_listening(server: LiveGateway, process: subprocess.Popen) -> None:
    import time
    import urllib.request

    for _ in range(300):
        if process.poll() is not None:
            raise RuntimeError(process.stderr.read())
        try:
            request = urllib.request.Request(
                server.url, data=json.dumps({"query": REFERENCE_QUERY}).encode(),
                headers={"content-type": "application/json"},
            )
            urllib.request.urlopen(request, timeout=2).read()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("the baseline did not start")


def wrk(url: str, token: str | None, seconds: int) -> dict[str, float]:
    auth = f'wrk.headers["authorization"] = "Bearer {token}"' if token else ""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT.format(body=json.dumps(json.dumps({"query": REFERENCE_QUERY})), auth=auth))
    try:
        out = subprocess.run(
            ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", "-s", script.name, url],
            capture_output=True, text=True, check=True, timeout=seconds + 60,
        ).stdout
    finally:
        os.unlink(script.name)
    if "Non-2xx" in out:
        raise RuntimeError(f"errors under load:\n{out}")
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50_ms": _ms(re.search(r"50%\s+([\d.]+\w+)", out).group(1)),
        "p99_ms": _ms(re.search(r"99%\s+([\d.]+\w+)", out).group(1)),
    }


def _ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]


def check_response(url: str, token: str | None) -> None:
    import urllib.request

    headers = {"content-type": "application/json", **({"authorization": f"Bearer {token}"} if token else {})}
    request = urllib.request.Request(url, data=json.dumps({"query": REFERENCE_QUERY}).encode(), headers=headers)
    body = json.loads(urllib.request.urlopen(request, timeout=10).read())
    edges = body["data"]["searchJobs"]["edges"]
    assert len(edges) == 20 and all(e["node"]["organization"]["name"] for e in edges), body


def live_gateway_environment() -> dict[str, str]:
    """What live_gateway sets for its servers (the token's secret among them)."""
    return {
        "TALENTGRAPH_REQUIRE_VERIFIED_EMAIL": "false", "TALENTGRAPH_JWT_SECRET": "live-test-secret-" + "x" * 40,
        "TALENTGRAPH_QUEUE_WORKERS": "1", "HF_HUB_OFFLINE": "1",
    }


@contextmanager
def gateway_from(tree: Path, data_dir: Path, processes: int, **env: str) -> Iterator[LiveGateway]:
    """`talentgraph serve --workers N` from the source tree `tree` (this one, or an older
    checkout measured beside it: BENCH_BEFORE)."""
    if tree == PROJECT_ROOT:
        with live_gateway(data_dir, command=("serve", "--workers", str(processes)), **env) as gateway:
            yield gateway
        return
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gateway.cli", "serve", "--workers", str(processes),
         "--port", str(port), "--data-dir", str(data_dir)],
        cwd=tree, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env={**os.environ, **live_gateway_environment(), **env, "PYTHONPATH": str(tree)},
    )
    gateway = LiveGateway(port, data_dir)
    try:
        wait_ready(gateway, process)
        yield gateway
    finally:
        process.terminate()
        process.wait(timeout=20)


@dataclass(frozen=True)
class Shape:
    """One server measured in each round."""
    label: str
    processes: int = 1
    fast_paths: str = "on"
    tree: Path = PROJECT_ROOT


def shapes() -> list[Shape]:
    measured = [
        Shape("gateway, 1 API process"),
        Shape(f"gateway, {PROCESSES} API processes", processes=PROCESSES),
        Shape("gateway, 1 API process, fast paths off", fast_paths="off"),
    ]
    if BEFORE:
        measured.append(Shape(f"before ({BEFORE}), 1 API process", tree=Path(BEFORE).resolve()))
    return measured


def measure_gateway(shape: Shape, data_dir: Path, token: str) -> dict[str, float]:
    env = {**GATEWAY_ENV, "TALENTGRAPH_FASTPATHS": shape.fast_paths}
    with gateway_from(shape.tree, data_dir, shape.processes, **env) as gateway:
        check_response(gateway.url, token)
        wrk(gateway.url, token, 2)  # warm-up: every process's first requests
        return wrk(gateway.url, token, SECONDS)


def median_run(results: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def main() -> int:
    if shutil.which("wrk") is None:
        print("bench-http needs wrk: apt-get install wrk", file=sys.stderr)
        return 2
    measured = shapes()
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in [*(s.label for s in measured), SAME, IN_MEMORY]}
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        with live_gateway(data_dir, **GATEWAY_ENV) as gateway:  # seeded by one process with its workers
            token = seed(gateway)
            wait_until_idle(gateway)
        with baseline_server(data_dir) as baseline, baseline_server(data_dir, in_memory=True) as in_memory:
            for server in (baseline, in_memory):
                check_response(server.url, None)
                wrk(server.url, None, 2)  # warm-up
            for _ in range(ROUNDS):
                for shape in measured:
                    runs[shape.label].append(measure_gateway(shape, data_dir, token))
                runs[SAME].append(wrk(baseline.url, None, SECONDS))
                runs[IN_MEMORY].append(wrk(in_memory.url, None, SECONDS))
    print(report(runs, measured))
    return 0


def report(runs: dict[str, list[dict[str, float]]], measured: list[Shape]) -> str:
    median = {name: median_run(results) for name, results in runs.items()}
    rps = {name: m["rps"] for name, m in median.items()}
    one, many, off = (s.label for s in measured[:3])
    lines = [
        f"reference query, {CONNECTIONS} connections, {SECONDS}s x {ROUNDS} rounds interleaved (medians);"
        f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
        f"{'':58} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}",
        *(f"{name:58} {m['rps']:8.0f} {m['p50_ms']:8.2f} {m['p99_ms']:8.2f}" for name, m in median.items()),
        f"1 process / same-services baseline: {rps[one] / rps[SAME]:.2f} (target >= 0.80)",
        f"{PROCESSES} processes / 1 process: {rps[many] / rps[one]:.2f} (target >= 1.5 with cores to spare)",
        f"1 process, fast paths off / same-services baseline: {rps[off] / rps[SAME]:.2f}",
        f"1 process / in-memory baseline: {rps[one] / rps[IN_MEMORY]:.2f};"
        f" same-services baseline / in-memory: {rps[SAME] / rps[IN_MEMORY]:.2f}",
    ]
    ratios = {"one_over_baseline": rps[one] / rps[SAME], "scaling": rps[many] / rps[one],
              "fast_paths_off_over_baseline": rps[off] / rps[SAME], "one_over_in_memory": rps[one] / rps[IN_MEMORY]}
    for shape in measured[3:]:
        lines.append(f"{shape.label} / same-services baseline: {rps[shape.label] / rps[SAME]:.2f}")
        ratios["before_over_baseline"] = rps[shape.label] / rps[SAME]
    # On a shared machine the load drifts between rounds: each round's own ratio, then the median.
    per_round = {name: statistics.median(
        r["rps"] / b["rps"] for r, b in zip(runs[name], runs[SAME], strict=True)
    ) for name in runs if name != SAME}
    lines.append("per round, then the median, over the same-services baseline: " + "; ".join(
        f"{name}: {ratio:.2f}" for name, ratio in per_round.items()))
    lines.append(json.dumps({"runs": runs, "ratios": {k: round(v, 3) for k, v in ratios.items()},
                             "per_round_over_baseline": {k: round(v, 3) for k, v in per_round.items()}}))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
