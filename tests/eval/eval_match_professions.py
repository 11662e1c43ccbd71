"""The professions set through matching: the nine résumé files (PDF, DOCX, TXT) uploaded as a
candidate would, the nine jobs posted with their location, remote policy, seniority and salary,
ranked by the product's own services (eval_match.rank). Each job's expected best résumé must
come first; exits non-zero when one does not.

    .venv/bin/python -m tests.eval.eval_match_professions [FOLDER]
"""
from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

from tests.eval.eval_match import rank
from tests.eval.shared_data import EVAL_DATA

FOLDER = EVAL_DATA / "professions_dev"


def load(folder: Path) -> tuple[list[dict], list[dict], dict[str, list[str]]]:
    spec = json.loads((folder / "jobs.json").read_text(encoding="utf-8"))
    jobs = [{**j, "key": j["key"]} for j in spec["jobs"]]
    best = {j["key"]: j["best_resumes"] for j in spec["jobs"]}
    names = sorted(json.loads((folder / "expected.json").read_text(encoding="utf-8")))
    candidates = [{"key": name, "file": name, "data": (folder / name).read_bytes()} for name in names]
    return jobs, candidates, best


def report(lines: list[dict], best: dict[str, list[str]]) -> int:
    failures = 0
    for line in lines:
        if "job" not in line:
            continue
        ranking, wanted = line["ranking"], best[line["job"]]
        top = ranking[0] if ranking else None
        ok = top in wanted
        failures += not ok
        second = ranking[1] if len(ranking) > 1 else None
        print(f"  {line['job']:6s} first {top} {'ok' if ok else 'WRONG, expected ' + ', '.join(wanted)}"
              f" (then {second})")
    print(f"  right résumé first for {len(best) - failures} of {len(best)} jobs")
    return 1 if failures else 0


def main() -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER
    jobs, candidates, best = load(folder)
    return report(asyncio.run(rank(jobs, candidates)), best)


if __name__ == "__main__":
    sys.exit(main())
