"""Jobs of three trades, each with two résumés a rung apart on the trade's ladder (technician
and workshop foreman, site foreman and site manager, barista and café manager), matched end to
end as the product serves them: the holder of the job's rank comes first, also where the
skills a senior post lists are the words of the rung below (tests/fixtures/trade_ladders,
invented text)."""
from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from tests.eval.eval_match import rank

FOLDER = Path(__file__).parents[1] / "fixtures" / "trade_ladders"


@pytest.fixture(scope="module")
def rankings() -> dict[str, list[str]]:
    jobs = json.loads((FOLDER / "jobs.json").read_text(encoding="utf-8"))["jobs"]
    candidates = [{"key": p.name, "file": p.name, "data": p.read_bytes()} for p in sorted(FOLDER.glob("*.txt"))]
    lines = asyncio.run(rank(jobs, candidates))
    return {line["job"]: line["ranking"] for line in lines if "job" in line}


@pytest.mark.parametrize(("job", "best"), [
    ("foreman", "workshop_foreman_doncaster.txt"),
    ("sitemgr", "site_manager_reading.txt"),
    ("cafemgr", "cafe_manager_melbourne.txt"),
    ("hgvtech", "hgv_technician_doncaster.txt"),
    ("foreman2", "site_foreman_reading.txt"),
    ("barista", "barista_melbourne.txt"),
])
def test_the_holder_of_the_jobs_rank_comes_first(rankings, job, best):
    assert rankings[job][0] == best
