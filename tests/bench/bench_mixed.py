"""`make bench-mixed`: the reference query under load while résumés are processed, the way
`talentgraph run` deploys it: API processes (`serve --workers N`) and a worker process.

Saturated windows (wrk, 16 connections, a closed loop: each connection sends its next request
when the last is answered, so the API takes every core it is given):
1. the reference query alone on the deployment (wrk, as bench-http), once every API process is
   warm (each has answered it WARM_REQUESTS times over connections it holds) and the worker
   has nothing left of its start-up work;
2. MIXED_RESUMES two-page PDF résumés (bench-resume's documents) uploaded over HTTP, and the
   same load while the worker role extracts, parses, embeds and matches them.
Both are measured with wrk's connections spread evenly over the API processes
(tests/bench/even_load.py): otherwise one window can measure one process and the other two.

Paced windows (tests/bench/paced_load.py: npm's `loadtest`, an open model): the same query
offered at a fixed rate, `--paced-fraction` (default 0.5) of the rate window 1 reached, so
below capacity, where a latency measures the effect of the worker rather than queueing:
3. alone, once the first batch is through and the worker is quiet again;
4. while another MIXED_RESUMES résumés are uploaded and processed.
Latency runs from each request's send, which keeps to the schedule (no coordinated omission
from a closed loop); the rate achieved is reported beside the rate offered.

Reports API p50/p99 alone and mixed for both kinds (issue target: mixed p99 <= 1.5 x alone),
the résumés parsed during each mixed window (target >= 10/s) and from the first upload to the
last, the cores each role and the load generator used, and the load average: on a shared
machine the figures are noisy. At saturation both targets cannot hold on 2 cores; the paced
ratio says how the worker's work moves the API's latency at that rate, not that the targets
are met at saturation."""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

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
from tests.bench.bench_http import CONNECTIONS, SECONDS, check_response, seed, wait_until_idle
from tests.bench.even_load import Window, wrk_evenly
from tests.bench.paced_load import PacedWindow, ensure_loadgen, paced
from tests.e2e.clients.live_gateway import live_gateway
from tests.e2e.process_tree import descendants

RESUMES = int(os.environ.get("MIXED_RESUMES", "100"))
# Clients uploading at once: one alone, its every upload queued behind the load's requests,
# uploads about as fast as the target rate, and the bench would measure the uploader.
UPLOADERS = int(os.environ.get("MIXED_UPLOADERS", "4"))
PROCESSES = int(os.environ.get("BENCH_PROCESSES", str(os.cpu_count() or 1)))
# Answered / offered below which a paced window is reported as an overload (the rate was not held).
HELD = 0.98
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


def main(argv: list[str] | None = None) -> int:
    from tests.bench.resume_documents import resume_text, two_page_pdf

    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("--paced-fraction", type=float, default=float(os.environ.get("MIXED_PACED_FRACTION", "0.5")),
                           help="the paced windows' offered rate, as a fraction of the saturated 'alone' rate")
    arguments.add_argument("--paced-rate", type=float, default=None,
                           help="the paced windows' offered rate in req/s (the same in every run), instead of a fraction")
    arguments.add_argument("--paced-only", action="store_true",
                           help="only the paced windows (needs --paced-rate): half the time, for runs interleaved A/B")
    given = arguments.parse_args(argv)
    if given.paced_only and given.paced_rate is None:
        arguments.error("--paced-only needs --paced-rate (there is no saturated window to take a fraction of)")
    paced_fraction = given.paced_fraction
    ensure_loadgen()
    saturated_batch = [two_page_pdf(resume_text(seed)) for seed in range(RESUMES)]
    paced_batch = [two_page_pdf(resume_text(seed)) for seed in range(RESUMES, 2 * RESUMES)]
    env = {"TALENTGRAPH_RATE_LIMITS": "on", "TALENTGRAPH_RATE_LIMIT_DEFAULT": "100000000/60",
           "TALENTGRAPH_LOG_LEVEL": "WARNING", "TALENTGRAPH_MAX_RESUMES_PER_CANDIDATE": str(2 * RESUMES + 11),
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
            alone = saturated = None
            if not given.paced_only:
                cpu_before, alone_started = role_cpu(api, worker), time.perf_counter()
                alone = wrk_evenly(gateway.url, gateway.port, token, SECONDS, api)
                cpu_alone = cores_used(cpu_before, role_cpu(api, worker), time.perf_counter() - alone_started)
                load_alone = os.getloadavg()[0]
                saturated = while_resumes_are_processed(
                    gateway, candidate, saturated_batch, "r", api, worker,
                    lambda: wrk_evenly(gateway.url, gateway.port, token, SECONDS, api))
            # The paced windows: the same query offered at a fixed rate below what "alone" reached,
            # alone (once the first batch is through) and while a second batch is processed.
            wait_until_quiet(worker)
            rate = given.paced_rate if given.paced_rate else paced_fraction * alone.rps if alone else 0.0
            paced_fraction = rate / alone.rps if alone else None
            cpu_before, paced_started = role_cpu(api, worker), time.perf_counter()
            paced_alone = paced(gateway.url, gateway.port, token, rate, SECONDS, api)
            cpu_paced_alone = cores_used(cpu_before, role_cpu(api, worker), time.perf_counter() - paced_started)
            load_paced_alone = os.getloadavg()[0]
            paced_mixed = while_resumes_are_processed(
                gateway, candidate, paced_batch, "p", api, worker,
                lambda: paced(gateway.url, gateway.port, token, rate, SECONDS, api))
    summary: dict[str, object] = {}
    if alone is not None and saturated is not None:
        report(alone, saturated, warmed, cpu_alone, load_alone)
        summary = {"alone": alone.summary(), "mixed": saturated.window.summary(),
                   "p99_ratio": round(saturated.window.p99_ms / alone.p99_ms, 2),
                   "resumes_per_second_under_load": round(saturated.during, 2),
                   "resumes_per_second": round(RESUMES / saturated.elapsed, 2),
                   "parsed_under_load": saturated.under_load, "load_seconds": round(saturated.load_ended, 2),
                   "cores_used_under_load": saturated.cpu_used, "load_average": saturated.load_average,
                   "load_average_alone": load_alone}
    report_paced(paced_fraction, alone, paced_alone, paced_mixed, cpu_paced_alone, load_paced_alone)
    summary["paced"] = {"fraction": paced_fraction, "alone": paced_alone.summary(),
                        "mixed": paced_mixed.window.summary(),
                        "p99_ratio": round(paced_mixed.window.p99_ms / paced_alone.p99_ms, 2),
                        "resumes_per_second_under_load": round(paced_mixed.during, 2),
                        "parsed_under_load": paced_mixed.under_load,
                        "resumes_per_second": round(RESUMES / paced_mixed.elapsed, 2),
                        "cores_used_alone": cpu_paced_alone, "cores_used_under_load": paced_mixed.cpu_used,
                        "load_average_alone": load_paced_alone, "load_average": paced_mixed.load_average}
    print(json.dumps(summary))
    return 0


W = TypeVar("W", Window, PacedWindow)


@dataclass
class Mixed(Generic[W]):
    """A window of API load while a batch of résumés is uploaded and processed, and what the
    worker role got done meanwhile and after."""
    window: W
    under_load: int  # résumés parsed while the load ran
    load_ended: float  # seconds from the first upload to the load's end
    elapsed: float  # seconds from the first upload to the last résumé parsed
    uploaded_after: float
    cpu_used: dict[str, float]
    worker_threads: dict[int, int]
    load_average: float

    @property
    def during(self) -> float:
        return self.under_load / self.load_ended


def while_resumes_are_processed(gateway, candidate: str, documents: list[bytes], prefix: str, api: list[int],
                                worker: int, measure: Callable[[], W]) -> Mixed[W]:
    before = parsed_count(gateway.data_dir)
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
            upload(gateway.url, candidate, f"{prefix}{n}.pdf", data)

    uploaders = [threading.Thread(target=upload_some) for _ in range(UPLOADERS)]
    cpu_before = role_cpu(api, worker)
    for uploader in uploaders:
        uploader.start()
    window = measure()
    # What the worker role got done while the API was loaded, and what was left to it alone.
    under_load, load_ended = parsed_count(gateway.data_dir) - before, time.perf_counter() - started
    cpu_used = cores_used(cpu_before, role_cpu(api, worker), load_ended)
    load_average = os.getloadavg()[0]
    worker_threads = {pid: thread_count(pid) for pid in (worker, *descendants(worker))}
    for uploader in uploaders:
        uploader.join()
    while parsed_count(gateway.data_dir) - before < len(documents):
        time.sleep(0.1)
    elapsed = time.perf_counter() - started
    wait_until_idle(gateway)  # the matching the résumés queued, too
    cpu_used["worker_per_resume"] = (role_cpu(api, worker)["worker"] - cpu_before["worker"]) / len(documents)
    return Mixed(window, under_load, load_ended, elapsed, max(uploaded_after), cpu_used, worker_threads, load_average)


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


def report(alone: Window, saturated: Mixed[Window], warmed: Counter, cpu_alone: dict[str, float],
           load_alone: float) -> None:
    mixed, cpu_used = saturated.window, saturated.cpu_used
    print(f"cores used alone: API processes {cpu_alone['api']:.2f} (each {per_process(cpu_alone)}), wrk"
          f" {alone.wrk_cores:.2f}, the worker {cpu_alone['worker']:.2f}; waiting for a core (cores' worth):"
          f" API {cpu_alone['api waiting']:.2f}, worker {cpu_alone['worker waiting']:.2f}")
    print(f"during the load: API processes each {per_process(cpu_used)}; waiting for a core: API"
          f" {cpu_used['api waiting']:.2f}, worker {cpu_used['worker waiting']:.2f}; the worker's threads"
          f" {saturated.worker_threads}")
    print(f"reference query, {PROCESSES} API processes + the worker role, {SECONDS}s each;"
          f" load average {load_alone:.1f} (alone) / {saturated.load_average:.1f} (mixed) on {os.cpu_count()} cores")
    print(f"warm-up answers by API process: {sorted(warmed.values())}")
    print(f"saturated (wrk, {CONNECTIONS} connections, closed loop)"
          f"\n{'':34} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8}  connections per process (stopped uneven starts)")
    for label, run in (("alone", alone), (f"while {RESUMES} résumés are processed", mixed)):
        print(f"{label:34} {run.rps:9.0f} {run.p50_ms:8.2f} {run.p99_ms:8.2f}  {run.spread} {run.uneven_starts}")
    print(f"p99 mixed / alone: {mixed.p99_ms / alone.p99_ms:.2f} (target <= 1.5)")
    print(f"résumés during the {saturated.load_ended:.1f}s of load: {saturated.under_load} = {saturated.during:.1f}/s"
          f" (target >= 10/s); cores used meanwhile: API processes {cpu_used['api']:.2f}, wrk {mixed.wrk_cores:.2f},"
          f" worker {cpu_used['worker']:.2f};"
          f" the worker's CPU per résumé, matching included: {cpu_used['worker_per_resume'] * 1000:.0f} ms")
    print(f"résumés: {RESUMES} in {saturated.elapsed:.1f}s = {RESUMES / saturated.elapsed:.1f}/s from the first upload;"
          f" uploaded after {saturated.uploaded_after:.1f}s, the rest"
          f" {(RESUMES - saturated.under_load) / max(saturated.elapsed - saturated.load_ended, 1e-9):.1f}/s after the load")


def report_paced(fraction: float | None, saturated_alone: Window | None, alone: PacedWindow,
                 paced_mixed: Mixed[PacedWindow], cpu_alone: dict[str, float], load_alone: float) -> None:
    mixed, cpu_used = paced_mixed.window, paced_mixed.cpu_used
    of_saturated = f" = {fraction:.2f} x the saturated 'alone' {saturated_alone.rps:.0f}" \
        if fraction is not None and saturated_alone is not None else ""
    print(f"paced (npm loadtest, open model: {alone.offered_rps:.0f} req/s offered{of_saturated};"
          f" latency from each request's send); load average {load_alone:.1f}"
          f" (alone) / {paced_mixed.load_average:.1f} (mixed)"
          f"\n{'':34} {'offered':>8} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}  most connections per process")
    for label, run in (("alone", alone), (f"while {RESUMES} résumés are processed", mixed)):
        print(f"{label:34} {run.offered_rps:8.0f} {run.rps:8.1f} {run.p50_ms:8.2f} {run.p99_ms:8.2f}  {run.spread}")
    for label, run in (("alone", alone), ("mixed", mixed)):
        if run.rps < HELD * run.offered_rps:
            print(f"paced {label}: the API answered {run.rps:.0f} of {run.offered_rps:.0f} req/s offered: it did not"
                  " keep up (its queue grew), so this window measured an overload, not latency below capacity")
    print(f"paced p99 mixed / alone: {mixed.p99_ms / alone.p99_ms:.2f}"
          f"{' (saturated: see above)' if saturated_alone is not None else ''}; cores used alone: API processes {cpu_alone['api']:.2f}, loadtest"
          f" {alone.client_cores:.2f}, worker {cpu_alone['worker']:.2f}")
    print(f"résumés during the {paced_mixed.load_ended:.1f}s of paced load: {paced_mixed.under_load} ="
          f" {paced_mixed.during:.1f}/s; cores used meanwhile: API processes {cpu_used['api']:.2f}, loadtest"
          f" {mixed.client_cores:.2f}, worker {cpu_used['worker']:.2f}; worker CPU per résumé"
          f" {cpu_used['worker_per_resume'] * 1000:.0f} ms; all {RESUMES} in {paced_mixed.elapsed:.1f}s ="
          f" {RESUMES / paced_mixed.elapsed:.1f}/s from the first upload")

if __name__ == "__main__":
    sys.exit(main())
