"""bench-http's report names every server it measured (both baselines, fast paths off, the
checkout measured beside it) with req/s, p50 and p99, and its ratios: the run's medians, and
each round's own ratio to the same-services baseline (the load drifts between rounds)."""
from __future__ import annotations

import json
from pathlib import Path

from tests.bench import bench_http
from tests.bench.bench_http import IN_MEMORY, SAME, Shape, report


def _run(rps: float) -> dict[str, float]:
    return {"rps": rps, "p50_ms": 1000 / rps, "p99_ms": 4000 / rps}


def test_the_report_holds_every_server_and_its_ratios(monkeypatch):
    monkeypatch.setattr(bench_http, "PROCESSES", 2)
    shapes = [Shape("gateway, 1 API process"), Shape("gateway, 2 API processes", processes=2),
              Shape("gateway, 1 API process, fast paths off", fast_paths="off"),
              Shape("before (/old), 1 API process", tree=Path("/old"))]
    # Round 2 ran while the machine was busy: every server slower, the ratios alike.
    runs = {
        "gateway, 1 API process": [_run(400), _run(200), _run(410)],
        "gateway, 2 API processes": [_run(800), _run(400), _run(820)],
        "gateway, 1 API process, fast paths off": [_run(300), _run(150), _run(310)],
        "before (/old), 1 API process": [_run(380), _run(190), _run(390)],
        SAME: [_run(500), _run(250), _run(512)],
        IN_MEMORY: [_run(1000), _run(500), _run(1024)],
    }
    text = report(runs, shapes)
    for name in runs:
        assert name in text
    assert "1 process / same-services baseline: 0.80" in text
    assert "2 processes / 1 process: 2.00" in text
    assert "before (/old), 1 API process / same-services baseline: 0.76" in text
    summary = json.loads(text.splitlines()[-1])
    assert summary["per_round_over_baseline"]["gateway, 1 API process"] == 0.8
    assert summary["per_round_over_baseline"]["gateway, 1 API process, fast paths off"] == 0.6
    assert summary["ratios"]["one_over_in_memory"] == 0.4
