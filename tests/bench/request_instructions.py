"""CPU instructions per reference query, counted by valgrind (Debian package `valgrind`): a
figure that, unlike req/s, does not move with what else runs on a shared machine.

Each server's ASGI app is called in process (no sockets, so uvicorn's share, the same for all,
is left out) by 16 concurrent callers over a seeded data dir: the gateway (authenticated,
every defence on, as bench-http runs it), the same from BENCH_BEFORE (another checkout, e.g.
the main branch) when given, and the graphql-core baseline over the same services. Only the
measured requests are counted (callgrind is zeroed after the warm-up), in every thread.

Run: python -m tests.bench.request_instructions   (takes minutes: valgrind is ~50x slower)
"""
from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import re
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "96"))
QUERY = "{ searchJobs(first: 20) { edges { node { id title organization { name } requiredSkills } } } }"
REGISTER = "mutation($i: RegisterInput!){ register(input: $i){ accessToken } }"
ENV = {
    "TALENTGRAPH_RATE_LIMITS": "on", "TALENTGRAPH_RATE_LIMIT_DEFAULT": "100000000/60",
    "TALENTGRAPH_LOG_LEVEL": "WARNING", "TALENTGRAPH_ROLE": "api", "TALENTGRAPH_REQUIRE_VERIFIED_EMAIL": "false",
    "TALENTGRAPH_JWT_SECRET": "live-test-secret-" + "x" * 40, "HF_HUB_OFFLINE": "1",
}


async def _call(app, body: dict, token: str | None = None) -> dict:
    data = json.dumps(body).encode()
    headers = [(b"host", b"127.0.0.1"), (b"content-type", b"application/json"),
               (b"content-length", str(len(data)).encode())]
    if token:
        headers.append((b"authorization", f"Bearer {token}".encode()))
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": "/graphql", "raw_path": b"/graphql", "query_string": b"", "root_path": "", "headers": headers,
             "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8000), "state": {}}
    messages = [{"type": "http.request", "body": data, "more_body": False}]
    sent: list[dict] = []

    async def receive() -> dict:
        if messages:
            return messages.pop()
        await asyncio.Event().wait()  # never a disconnect while the answer is written
        return {}

    async def send(message: dict) -> None:
        sent.append(message)

    await app(scope, receive, send)
    assert sent[0]["status"] == 200, sent
    return json.loads(b"".join(m.get("body", b"") for m in sent[1:]))


async def _drive(which: str, data_dir: str, requests: int) -> None:
    """In the process valgrind runs: warm up, zero the counts, serve `requests`, dump them."""
    from gateway.config import Settings

    if which == "gateway":
        from gateway.app import create_app

        app = create_app(Settings(data_dir=data_dir))
    else:
        from tests.bench.graphql_core_baseline import create_baseline_app

        app = create_baseline_app(Settings(data_dir=data_dir, queue_workers=0))
    # As each is served: what is loaded by now is frozen out of the collector's passes, and the
    # gateway freezes what its start-up built once it is ready (an older tree ignores the flag).
    app.state.freeze_heap_when_ready = which == "gateway"
    gc.collect()
    gc.freeze()
    async with app.router.lifespan_context(app):
        token = None
        if which == "gateway":
            variables = {"i": {"email": f"bench-{uuid.uuid4().hex[:8]}@example.com", "name": "bench",
                               "password": "correct horse battery staple", "role": "CANDIDATE"}}
            answer = await _call(app, {"query": REGISTER, "variables": variables})
            token = answer["data"]["register"]["accessToken"]
        for _ in range(30):
            answer = await _call(app, {"query": QUERY}, token)
            assert len(answer["data"]["searchJobs"]["edges"]) == 20, answer
        # The gateway loads its skill vocabulary in a thread after start-up (seconds under
        # valgrind): counted with the requests, it doubled the gateway's figure.
        for _ in range(3600):
            if which != "gateway" or getattr(app.state, "ready", False):
                break
            await asyncio.sleep(0.5)
        # Blocking on purpose: nothing of this process runs while callgrind is told to count.
        subprocess.run(["callgrind_control", "--zero", str(os.getpid())], check=True, capture_output=True)  # noqa: ASYNC221

        async def caller(count: int) -> None:
            for _ in range(count):
                await _call(app, {"query": QUERY}, token)

        await asyncio.gather(*(caller(requests // 16) for _ in range(16)))
        subprocess.run(["callgrind_control", "--dump", str(os.getpid())], check=True, capture_output=True)  # noqa: ASYNC221


def _count(label: str, tree: Path, which: str, data_dir: Path, out: Path) -> subprocess.Popen:
    env = {**os.environ, **ENV, "PYTHONPATH": str(tree)}
    return subprocess.Popen(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}/{label}.%p",
         sys.executable, str(Path(__file__).resolve()), "--drive", which, "--data-dir", str(data_dir),
         "--requests", str(REQUESTS)],
        cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )


def _instructions(out: Path, label: str) -> float:
    (dump,) = out.glob(f"{label}.*.1")  # the dump taken after the measured requests
    return int(re.search(r"^summary: (\d+)$", dump.read_text(), re.M).group(1)) / REQUESTS


def main() -> int:
    from tests.bench.bench_http import GATEWAY_ENV, seed, wait_until_idle
    from tests.e2e.clients.live_gateway import live_gateway

    targets = {"gateway": (ROOT, "gateway"), "baseline": (ROOT, "baseline")}
    if before := os.environ.get("BENCH_BEFORE"):
        targets["before"] = (Path(before).resolve(), "gateway")
    with tempfile.TemporaryDirectory() as tmp:
        seeded = Path(tmp) / "data"
        with live_gateway(seeded, **GATEWAY_ENV) as gateway:
            seed(gateway)
            wait_until_idle(gateway)
        processes = {}
        for label, (tree, which) in targets.items():
            data_dir = Path(tmp) / f"data-{label}"  # a copy each: one deployment per data dir
            subprocess.run(["cp", "-a", str(seeded), str(data_dir)], check=True)
            (data_dir / "deployment.lock").unlink(missing_ok=True)  # the seeding server's, now stopped
            processes[label] = _count(label, tree, which, data_dir, Path(tmp))
        for label, process in processes.items():
            if process.wait() != 0:
                raise RuntimeError(f"{label} failed:\n{process.stderr.read()[-3000:]}")
        per_request = {label: _instructions(Path(tmp), label) for label in targets}
    print(f"instructions per reference query, in process, {REQUESTS} requests by 16 callers (valgrind)")
    for label, count in per_request.items():
        print(f"{label:10} {count / 1e6:7.2f} M   baseline / this: {per_request['baseline'] / count:.3f}")
    print(json.dumps({k: round(v) for k, v in per_request.items()}))
    return 0


if __name__ == "__main__":
    arguments = argparse.ArgumentParser()
    arguments.add_argument("--drive", choices=["gateway", "baseline"])
    arguments.add_argument("--data-dir")
    arguments.add_argument("--requests", type=int, default=REQUESTS)
    given = arguments.parse_args()
    if given.drive:
        import uvloop

        uvloop.run(_drive(given.drive, given.data_dir, given.requests))
        sys.exit(0)
    sys.exit(main())
