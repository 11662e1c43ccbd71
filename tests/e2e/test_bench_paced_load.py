"""bench-mixed's paced windows: the rate offered holds whatever the answers' latency (an open
model, unlike wrk's closed loop), and against a real `serve --workers 2` every API process
gets a share of it."""
from __future__ import annotations

import os
import shutil
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.bench.api_processes import api_pids, warm_every_process
from tests.bench.paced_load import paced
from tests.e2e.clients.live_gateway import live_gateway

pytestmark = pytest.mark.skipif(any(shutil.which(tool) is None for tool in ("node", "npm", "ss")),
                                reason="needs node, npm and ss (Debian: nodejs, npm, iproute2)")

SLOW_SECONDS = 0.2


class SlowAnswers(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        self.rfile.read(int(self.headers["content-length"]))
        time.sleep(SLOW_SECONDS)
        self.send_response(200)
        self.send_header("content-length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args: object) -> None:
        pass


def test_the_rate_offered_holds_when_every_answer_is_slow():
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowAnswers)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        port = server.server_address[1]
        window = paced(f"http://127.0.0.1:{port}/graphql", port, "token", 40, 3, [os.getpid()])
    finally:
        server.shutdown()
        server.server_close()

    # A closed loop on one connection would get 5 answers a second; a schedule keeps sending, on
    # as many connections as the answers in flight need (40/s x 0.2 s: about 8).
    assert window.offered_rps == 40
    assert window.rps >= 30, window
    assert window.spread[0] >= 6, window
    assert window.p50_ms >= SLOW_SECONDS * 1000 and window.p99_ms < SLOW_SECONDS * 1000 * 3, window


def test_a_paced_window_on_every_api_process(tmp_path):
    with live_gateway(tmp_path / "data", command=("serve", "--workers", "2")) as gateway:
        token = gateway.register("CANDIDATE", "paced@example.com")
        assert gateway.process is not None
        pids = api_pids(gateway.process.pid)
        warm_every_process(gateway.port, token, pids, requests=20)

        window = paced(gateway.url, gateway.port, token, 60, 3, pids)

    assert window.offered_rps == 60 and window.rps >= 45, window
    assert window.answered >= 135 and 0 < window.p50_ms <= window.p99_ms, window
    assert len(window.spread) == 2 and sum(window.spread) >= 1, window
