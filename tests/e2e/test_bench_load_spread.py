"""The tools bench-mixed compares its two windows with, against a real `serve --workers 2`: a
window is only comparable with another when every API process is warm and wrk's connections
are spread over the processes alike, so the tools that check it must see each process."""
from __future__ import annotations

import http.client
import shutil

import pytest

from tests.bench.api_processes import api_pids, warm_every_process
from tests.bench.bench_http import CONNECTIONS
from tests.bench.even_load import TOLERANCE, wrk_evenly
from tests.e2e.clients.live_gateway import live_gateway

pytestmark = pytest.mark.skipif(shutil.which("wrk") is None or shutil.which("ss") is None,
                                reason="needs wrk and ss (Debian: wrk, iproute2)")


def test_every_api_process_is_warmed_and_the_load_is_spread_over_them(tmp_path):
    with live_gateway(tmp_path / "data", command=("serve", "--workers", "2")) as gateway:
        token = gateway.register("CANDIDATE", "spread@example.com")
        assert gateway.process is not None
        pids = api_pids(gateway.process.pid)
        assert len(pids) == 2

        warmed = warm_every_process(gateway.port, token, pids, requests=20)

        # Each answer is counted for the process holding its connection: both answered.
        assert set(warmed) == set(pids) and min(warmed.values()) >= 20
        # Other clients' connections held meanwhile (bench-mixed's uploaders) are not wrk's.
        others = [http.client.HTTPConnection("127.0.0.1", gateway.port, timeout=10) for _ in range(3)]
        for other in others:
            other.connect()
        try:
            window = wrk_evenly(gateway.url, gateway.port, token, 2, pids)
        finally:
            for other in others:
                other.close()
        assert len(window.spread) == 2 and max(window.spread) - min(window.spread) <= 2 * TOLERANCE
        assert sum(window.spread) == CONNECTIONS and window.rps > 0
