"""`make prerequisites` names every tool the Makefile's targets use beyond python3 and make,
with what goes without it: wrk, which the HTTP benchmarks drive, among them. Run on a PATH
holding none of the tools."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_a_missing_wrk_is_named_with_the_benchmarks_it_stops(tmp_path):
    make = shutil.which("make")
    assert make is not None
    done = subprocess.run([make, "--no-print-directory", "-C", str(ROOT), "prerequisites"],
                          env={"PATH": str(tmp_path)}, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "missing: wrk" in lines
    assert any("bench-http" in line and "bench-rate-limit-http" in line for line in lines if line.startswith("  ->"))
