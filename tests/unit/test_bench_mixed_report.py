"""bench-mixed's paced rows: the rate offered beside the rate answered, p50/p99 and their ratio,
the résumés during the paced load; a window that did not keep the rate is named an overload
(its latency is a queue's, not the latency below capacity it was meant to measure)."""
from __future__ import annotations

from tests.bench.bench_mixed import Mixed, report_paced
from tests.bench.even_load import Window
from tests.bench.paced_load import PacedWindow

SATURATED = Window(rps=800, p50_ms=15, p99_ms=60, spread=[8, 8], wrk_cores=0.03)
CPU = {"api": 0.5, "worker": 0.3, "api waiting": 0.2, "worker waiting": 0.4, "worker_per_resume": 0.06}


def _paced(rps: float, p99_ms: float) -> PacedWindow:
    return PacedWindow(offered_rps=400, rps=rps, p50_ms=3, p99_ms=p99_ms, answered=int(rps * 8), spread=[3, 4],
                       client_cores=0.2)


def _mixed(window: PacedWindow) -> Mixed[PacedWindow]:
    return Mixed(window, under_load=45, load_ended=9.0, elapsed=12.5, uploaded_after=4.0, cpu_used=CPU,
                 worker_threads={}, load_average=4.2)


def test_the_paced_rows_and_their_ratio(capsys):
    report_paced(0.5, SATURATED, _paced(400, 20), _mixed(_paced(399, 30)), CPU, 3.9)

    out = capsys.readouterr().out
    assert "400 req/s offered = 0.50 x the saturated 'alone' 800" in out
    assert "load average 3.9 (alone) / 4.2 (mixed)" in out
    assert "paced p99 mixed / alone: 1.50" in out
    assert "45 = 5.0/s" in out
    assert "overload" not in out


def test_a_window_that_did_not_keep_the_rate_is_named_an_overload(capsys):
    report_paced(0.5, SATURATED, _paced(400, 20), _mixed(_paced(250, 900)), CPU, 3.9)

    out = capsys.readouterr().out
    assert "paced mixed: the API answered 250 of 400 req/s offered" in out and "measured an overload" in out
    assert "paced alone: the API answered" not in out


def test_paced_only_rows_name_no_saturated_window(capsys):
    report_paced(None, None, _paced(400, 20), _mixed(_paced(399, 30)), CPU, 3.9)

    out = capsys.readouterr().out
    assert "400 req/s offered;" in out and "saturated" not in out
    assert "paced p99 mixed / alone: 1.50;" in out
