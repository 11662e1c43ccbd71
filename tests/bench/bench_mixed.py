"""`make bench-mixed`: the reference query under load while résumés are processed, the way
`talentgraph run` deploys it: API processes (`serve --workers N`) and a worker process.

1. the reference query alone on the deployment (wrk, as bench-http), once every API process is
   warm (each has answered it WARM_REQUESTS times over connections it holds) and the worker
   has nothing left of its start-up work;
2. MIXED_RESUMES two-page PDF résumés (bench-resume's documents) uploaded over HTTP, and the
   same load while the worker role extracts, parses, embeds and matches them.

Both windows are measured with wrk's connections spread evenly over the API processes
(tests/bench/even_load.py): otherwise one window can measure one process and the other two.
Reports API p50/p99 alone and mixed (target: mixed p99 <= 1.5 x alone), the résumés parsed
during the load (target >= 10/s) and from the first upload to the last, the cores each role
used during the load, and the load average: on a shared machine the figures are noisy."""
from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from pathlib import Path

from gateway.config import Settings
from tests.bench.api_processes import (
    api_pids,
    cpu_seconds,
    run_queue_seconds,
    thread_count,
    wait_until_quiet,
    warm_every_process,
    worker_pids,
)
from tests.bench.bench_http import SECONDS, check_response, seed, wait_until_idle
from tests.bench.even_load import Window, wrk_evenly
from tests.e2e.clients.live_gateway import live_gateway
from tests.e2e.process_tree import descendants

RESUMES = int(os.environ.get("MIXED_RESUMES", "100"))
# Clients uploading at once: one alone, its every upload queued behind the load's requests,
# uploads about as fast as the target rate, and the bench would measure the uploader.
UPLOADERS = int(os.environ.get("MIXED_UPLOADERS", "4"))
PROCESSES = int(os.environ.get("BENCH_PROCESSES", str(os.cpu_count() or 1)))
UPLOAD = "mutation($file: Upload!){ uploadResume(file: $file){ id status } }"


def upload(url: str, token: str, name: str, data: bytes) -> None:
    boundary = "----bench-mixed"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n'
        + json.dumps({"query": UPLOAD, "variables": {"file": None}}),
        f'--{boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n' + json.dumps({"0": ["variables.file"]}),
        (f'--{boundary}\r\nContent-Disposition: form-data; name="0"; filename="{name}"\r\n'
         "Content-Type: application/pdf\r\n\r\n"),
    ]
    body = "\r\n".join(parts).encode() + data + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(url, data=body, headers={
        "content-type": f"multipart/form-data; boundary={boundary}", "authorization": f"Bearer {token}",
        "apollo-require-preflight": "true"})
    answer = json.loads(urllib.request.urlopen(request, timeout=60).read())
    assert not answer.get("errors"), answer


def parsed_count(data_dir: Path) -> int:
    with sqlite3.connect(data_dir / "talentgraph.sqlite3", timeout=30) as conn:
        return conn.execute("SELECT count(*) FROM resumes WHERE status IN ('PARSED', 'FAILED')").fetchone()[0]


def main() -> int:
    from tests.bench.resume_documents import resume_text, two_page_pdf

    documents = [two_page_pdf(resume_text(seed)) for seed in range(RESUMES)]
    env = {"TALENTGRAPH_RATE_LIMITS": "on", "TALENTGRAPH_RATE_LIMIT_DEFAULT": "100000000/60",
           "TALENTGRAPH_LOG_LEVEL": "WARNING", "TALENTGRAPH_MAX_RESUMES_PER_CANDIDATE": str(RESUMES + 11),
           "TALENTGRAPH_EMBED_AT_START": "true",
           # What `talentgraph run` does by default (live_gateway's tests run one queue worker).
           "TALENTGRAPH_QUEUE_WORKERS": os.environ.get("TALENTGRAPH_QUEUE_WORKERS", str(Settings.model_fields["queue_workers"].default))}
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        with live_gateway(data_dir, **env) as gateway:
            token = seed(gateway)
            wait_until_idle(gateway)
            candidate = gateway.register("CANDIDATE", "bench-uploader@example.com")
        with live_gateway(data_dir, command=("run", "--workers", str(PROCESSES)), **env) as gateway:
            check_response(gateway.url, token)
            api, worker = ready_roles(gateway)
            # The worker is up, its model loaded, before "alone" is measured: one résumé through,
            # then nothing left of its start-up work.
            upload(gateway.url, candidate, "warm-up.pdf", two_page_pdf(resume_text(10_000)))
            while parsed_count(data_dir) < 1:
                time.sleep(0.1)
            wait_until_idle(gateway)
            wait_until_quiet(worker)
            # Every API process warm (each has answered the query many times), not just the port.
            warmed = warm_every_process(gateway.port, token, api)
            cpu_before, alone_started = role_cpu(api, worker), time.perf_counter()
            alone = wrk_evenly(gateway.url, gateway.port, token, SECONDS, api)
            cpu_alone = cores_used(cpu_before, role_cpu(api, worker), time.perf_counter() - alone_started)
            before = parsed_count(data_dir)
            started = time.perf_counter()
            uploaded_after: list[float] = []
            pending = iter(enumerate(documents))
            taking = threading.Lock()

            def upload_some() -> None:
                while True:
                    with taking:
                        n, data = next(pending, (-1, b""))
                    if n < 0:
                        uploaded_after.append(time.perf_counter() - started)
                        return
                    upload(gateway.url, candidate, f"r{n}.pdf", data)

            uploaders = [threading.Thread(target=upload_some) for _ in range(UPLOADERS)]
            cpu_before = role_cpu(api, worker)
            for uploader in uploaders:
                uploader.start()
            mixed = wrk_evenly(gateway.url, gateway.port, token, SECONDS, api)
            # What the worker role got done while the API was loaded, and what was left to it alone.
            under_load, load_ended = parsed_count(data_dir) - before, time.perf_counter() - started
            cpu_used = cores_used(cpu_before, role_cpu(api, worker), load_ended)
            worker_threads = {pid: thread_count(pid) for pid in (worker, *descendants(worker))}
            for uploader in uploaders:
                uploader.join()
            while parsed_count(data_dir) - before < RESUMES:
                time.sleep(0.1)
            elapsed = time.perf_counter() - started
            wait_until_idle(gateway)  # the matching the résumés queued, too
            cpu_used["worker_per_resume"] = (role_cpu(api, worker)["worker"] - cpu_before["worker"]) / RESUMES
    print(f"cores used alone: API processes {cpu_alone['api']:.2f} (each {per_process(cpu_alone)}), wrk"
          f" {alone.wrk_cores:.2f}, the worker {cpu_alone['worker']:.2f}; waiting for a core (cores' worth):"
          f" API {cpu_alone['api waiting']:.2f}, worker {cpu_alone['worker waiting']:.2f}")
    print(f"during the load: API processes each {per_process(cpu_used)}; waiting for a core: API"
          f" {cpu_used['api waiting']:.2f}, worker {cpu_used['worker waiting']:.2f}; the worker's threads"
          f" {worker_threads}")
    report(alone, mixed, warmed, elapsed, load_ended, under_load, max(uploaded_after), cpu_used)
    return 0


def ready_roles(gateway) -> tuple[list[int], int]:
    """The API processes (every one of them started) and the worker role's process."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        api, workers = api_pids(gateway.process.pid), worker_pids(gateway.process.pid)
        if len(api) == PROCESSES and len(workers) == 1:
            return api, workers[0]
        time.sleep(0.1)
    raise RuntimeError(f"expected {PROCESSES} API processes and a worker: {api}, {workers}")


def role_cpu(api: list[int], worker: int) -> dict[str, float]:
    """CPU seconds so far: the API processes (together and each), the worker with its
    extraction processes; and the seconds each role's threads waited, runnable, for a core."""
    worker_tree = (worker, *descendants(worker))
    return {"api": sum(cpu_seconds(pid) for pid in api),
            "worker": sum(cpu_seconds(pid) for pid in worker_tree),
            **{f"api {n}": cpu_seconds(pid) for n, pid in enumerate(api)},
            "api waiting": sum(run_queue_seconds(pid) for pid in api),
            "worker waiting": sum(run_queue_seconds(pid) for pid in worker_tree)}


def per_process(used: dict[str, float]) -> str:
    return " / ".join(f"{value:.2f}" for key, value in used.items() if key.startswith("api ") and "waiting" not in key)


def cores_used(before: dict[str, float], after: dict[str, float], seconds: float) -> dict[str, float]:
    return {role: (after[role] - before[role]) / seconds for role in before}


def report(alone: Window, mixed: Window, warmed: Counter, elapsed: float, load_ended: float, under_load: int,
           uploaded_after: float, cpu_used: dict[str, float]) -> None:
    during = under_load / load_ended
    print(f"reference query, {PROCESSES} API processes + the worker role, {SECONDS}s each;"
          f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"warm-up answers by API process: {sorted(warmed.values())}")
    print(f"{'':34} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8}  connections per process (stopped uneven starts)")
    for label, run in (("alone", alone), (f"while {RESUMES} résumés are processed", mixed)):
        print(f"{label:34} {run.rps:9.0f} {run.p50_ms:8.2f} {run.p99_ms:8.2f}  {run.spread} {run.uneven_starts}")
    print(f"p99 mixed / alone: {mixed.p99_ms / alone.p99_ms:.2f} (target <= 1.5)")
    print(f"résumés during the {load_ended:.1f}s of load: {under_load} = {during:.1f}/s (target >= 10/s);"
          f" cores used meanwhile: API processes {cpu_used['api']:.2f}, wrk {mixed.wrk_cores:.2f},"
          f" worker {cpu_used['worker']:.2f};"
          f" the worker's CPU per résumé, matching included: {cpu_used['worker_per_resume'] * 1000:.0f} ms")
    print(f"résumés: {RESUMES} in {elapsed:.1f}s = {RESUMES / elapsed:.1f}/s from the first upload;"
          f" uploaded after {uploaded_after:.1f}s,"
          f" the rest {(RESUMES - under_load) / max(elapsed - load_ended, 1e-9):.1f}/s after the load")
    print(json.dumps({"alone": alone.summary(), "mixed": mixed.summary(), "p99_ratio": round(mixed.p99_ms / alone.p99_ms, 2),
                      "resumes_per_second_under_load": round(during, 2),
                      "resumes_per_second": round(RESUMES / elapsed, 2), "parsed_under_load": under_load,
                      "load_seconds": round(load_ended, 2), "cores_used_under_load": cpu_used,
                      "load_average": os.getloadavg()[0]}))


if __name__ == "__main__":
    sys.exit(main())
