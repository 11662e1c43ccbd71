"""`make eval-parse`: the parser scored with the shared scorers (so dev figures mean what
held-out figures mean):
1. the labelled DataTurks dev résumés (score_parse.py);
2. résumés of many professions from their files (score_professions.py, eval_professions.py);
3. skill spans in job-ad sentences (eval_job_spans.py).

    .venv/bin/python -m tests.eval.eval_parse [LABELS.jsonl]

The data is read from ../shared, or from the folder named by TALENTGRAPH_SHARED_DIR.
"""
from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path

from adapters.embedded.parsing.parser import RuleBasedResumeParser
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from domain.ports.documents import ResumeParser
from tests.eval import eval_job_spans, eval_professions
from tests.eval.graphql_shape import as_graphql
from tests.eval.shared_data import EVAL_DATA, OUT_DIR, ROOT, SCORERS

LABELS = EVAL_DATA / "parse_resumes_dev.jsonl"
SCORER = SCORERS / "score_parse.py"
OUT = OUT_DIR / "parse_predictions.jsonl"


async def predict(parser: ResumeParser, records: list[dict]) -> list[dict]:
    return [{"key": r["key"], "parsed": as_graphql(await parser.parse(r["content"]))} for r in records]


def main(argv: list[str]) -> int:
    labels = Path(argv[1]) if len(argv) > 1 else LABELS
    if not labels.exists():
        print(f"no evaluation data at {labels}: set TALENTGRAPH_SHARED_DIR to the shared folder")
        return 2
    records = [json.loads(line) for line in labels.open(encoding="utf-8") if line.strip()]
    extractor = EmbeddedSkillExtractor()
    parser = RuleBasedResumeParser(extractor)
    started = time.perf_counter()
    predictions = asyncio.run(predict(parser, records))
    elapsed = time.perf_counter() - started
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(p) + "\n" for p in predictions), encoding="utf-8")
    print(f"== DataTurks: parsed {len(records)} resumes in {elapsed:.2f}s (taxonomy load included); "
          f"predictions in {OUT.relative_to(ROOT)}")
    codes = [subprocess.run([sys.executable, str(SCORER), str(labels), str(OUT)]).returncode]
    codes.append(eval_professions.run(parser))
    eval_job_spans.run(extractor)
    return max(codes)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
