"""`make bench-mixed`: the reference query under load while résumés are processed, the way
`talentgraph run` deploys it: API processes (`serve --workers N`) and a worker process.

1. the reference query alone on the deployment (wrk, as bench-http);
2. MIXED_RESUMES two-page PDF résumés (bench-resume's documents) uploaded over HTTP, and the
   same load while the worker role extracts, parses, embeds and matches them.

Reports API p50/p99 alone and mixed (target: mixed p99 <= 1.5 x alone) and the résumés'
throughput from the first upload to the last one parsed (target >= 10/s), with the load
average: on a shared machine the figures are noisy."""
from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from tests.bench.bench_http import SECONDS, check_response, seed, wait_until_idle, wrk
from tests.e2e.clients.live_gateway import live_gateway

RESUMES = int(os.environ.get("MIXED_RESUMES", "100"))
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
           "TALENTGRAPH_EMBED_AT_START": "true"}
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        with live_gateway(data_dir, **env) as gateway:
            token = seed(gateway)
            wait_until_idle(gateway)
            candidate = gateway.register("CANDIDATE", "bench-uploader@example.com")
        with live_gateway(data_dir, command=("run", "--workers", str(PROCESSES)), **env) as gateway:
            check_response(gateway.url, token)
            # The worker is up, its model loaded, before "alone" is measured: one résumé through.
            upload(gateway.url, candidate, "warm-up.pdf", two_page_pdf(resume_text(10_000)))
            while parsed_count(data_dir) < 1:
                time.sleep(0.1)
            wrk(gateway.url, token, 2)  # warm-up
            alone = wrk(gateway.url, token, SECONDS)
            before = parsed_count(data_dir)
            started = time.perf_counter()
            uploaded_after: list[float] = []

            def upload_all() -> None:
                for n, data in enumerate(documents):
                    upload(gateway.url, candidate, f"r{n}.pdf", data)
                uploaded_after.append(time.perf_counter() - started)

            uploader = threading.Thread(target=upload_all)
            uploader.start()
            mixed = wrk(gateway.url, token, SECONDS)
            # What the worker role got done while the API was loaded, and what was left to it alone.
            under_load, load_ended = parsed_count(data_dir) - before, time.perf_counter() - started
            uploader.join()
            while parsed_count(data_dir) - before < RESUMES:
                time.sleep(0.1)
            elapsed = time.perf_counter() - started
    per_second = RESUMES / elapsed
    print(f"reference query, {PROCESSES} API processes + the worker role, {SECONDS}s each;"
          f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'':34} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8}")
    for label, run in (("alone", alone), (f"while {RESUMES} résumés are processed", mixed)):
        print(f"{label:34} {run['rps']:9.0f} {run['p50_ms']:8.2f} {run['p99_ms']:8.2f}")
    print(f"p99 mixed / alone: {mixed['p99_ms'] / alone['p99_ms']:.2f} (target <= 1.5)")
    print(f"résumés: {RESUMES} in {elapsed:.1f}s = {per_second:.1f}/s from the first upload (target >= 10/s);"
          f" uploaded after {uploaded_after[0]:.1f}s, {under_load} parsed during the {load_ended:.1f}s of load"
          f" ({under_load / load_ended:.1f}/s), the rest {(RESUMES - under_load) / max(elapsed - load_ended, 1e-9):.1f}/s after it")
    print(json.dumps({"alone": alone, "mixed": mixed, "resumes_per_second": round(per_second, 2),
                      "parsed_under_load": under_load, "load_seconds": round(load_ended, 2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
