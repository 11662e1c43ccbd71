"""`make bench-http`: the reference query under load on loopback, the gateway with every
defence on (auth, rate limiting, depth/alias/token/cost limits, CSRF, metrics) against
graphql-core alone behind a bare Starlette route over the same data, in the same run.

Load comes from wrk (Debian package `wrk`): one thread, a fixed number of connections, each
server in its own process on its own port, measured one after the other, twice, interleaved.
Target: gateway req/s >= 0.8 of the baseline's.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.e2e.clients.live_gateway import LiveGateway, free_port, live_gateway

REFERENCE_QUERY = "{ searchJobs(first: 20) { edges { node { id title organization { name } requiredSkills } } } }"
JOBS = 60
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "2"))

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
def baseline_server(data_dir: Path) -> Iterator[LiveGateway]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.bench.graphql_core_baseline", "--port", str(port), "--data-dir", str(data_dir)],
        cwd=Path(__file__).resolve().parents[2], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "TALENTGRAPH_JWT_SECRET": "live-test-secret-" + "x" * 40},
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


def main() -> int:
    if shutil.which("wrk") is None:
        print("bench-http needs wrk: apt-get install wrk", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        env = {
            # Every defence on; the buckets are sized so the load itself is not refused.
            "TALENTGRAPH_RATE_LIMITS": "on",
            "TALENTGRAPH_RATE_LIMIT_DEFAULT": "100000000/60",
            "TALENTGRAPH_LOG_LEVEL": "WARNING",
        }
        with live_gateway(data_dir, **env) as gateway:
            token = seed(gateway)
            wait_until_idle(gateway)
            with baseline_server(data_dir) as baseline:
                check_response(gateway.url, token)
                check_response(baseline.url, None)
                wrk(gateway.url, token, 3)  # warm-up
                wrk(baseline.url, None, 3)
                runs: dict[str, list[dict[str, float]]] = {"gateway": [], "baseline": []}
                for _ in range(ROUNDS):
                    runs["gateway"].append(wrk(gateway.url, token, SECONDS))
                    runs["baseline"].append(wrk(baseline.url, None, SECONDS))
    best = {name: max(results, key=lambda r: r["rps"]) for name, results in runs.items()}
    ratio = best["gateway"]["rps"] / best["baseline"]["rps"]
    print(f"reference query, {CONNECTIONS} connections, {SECONDS}s x {ROUNDS} rounds (best round shown)")
    print(f"{'':38} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8}")
    print(f"{'gateway (authenticated, all defences)':38} {best['gateway']['rps']:9.0f} "
          f"{best['gateway']['p50_ms']:8.2f} {best['gateway']['p99_ms']:8.2f}")
    print(f"{'graphql-core + bare Starlette':38} {best['baseline']['rps']:9.0f} "
          f"{best['baseline']['p50_ms']:8.2f} {best['baseline']['p99_ms']:8.2f}")
    print(f"ratio gateway/baseline req/s: {ratio:.2f} (target >= 0.80)")
    print(json.dumps({"runs": runs, "ratio": round(ratio, 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
