"""`make eval-parse`: parse the labelled dev resumes, write predictions in the contract's shape,
score them with the shared scorer (so dev figures mean what held-out figures mean).

    .venv/bin/python -m tests.eval.eval_parse [LABELS.jsonl]
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
from domain.resumes import ParsedResume

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
LABELS = SHARED / "data" / "eval" / "parse_resumes_dev.jsonl"
SCORER = SHARED / "eval" / "score_parse.py"
OUT = ROOT / "var" / "eval" / "parse_predictions.jsonl"


def as_graphql(parsed: ParsedResume) -> dict:
    """The contract's ParsedResume field names (camelCase)."""
    return {
        "name": parsed.name, "email": parsed.email, "phone": parsed.phone,
        "location": parsed.location, "summary": parsed.summary,
        "skills": [{"name": s.name} for s in parsed.skills],
        "experience": [{"title": e.title, "company": e.company, "startDate": e.start_date,
                        "endDate": e.end_date, "current": e.current} for e in parsed.experience],
        "education": [{"institution": e.institution, "degree": e.degree, "field": e.field,
                       "graduationYear": e.graduation_year} for e in parsed.education],
        "totalYearsExperience": parsed.total_years_experience,
    }


async def predict(parser: ResumeParser, records: list[dict]) -> list[dict]:
    return [{"key": r["key"], "parsed": as_graphql(await parser.parse(r["content"]))} for r in records]


def main(argv: list[str]) -> int:
    labels = Path(argv[1]) if len(argv) > 1 else LABELS
    records = [json.loads(line) for line in labels.open(encoding="utf-8") if line.strip()]
    parser = RuleBasedResumeParser(EmbeddedSkillExtractor())
    started = time.perf_counter()
    predictions = asyncio.run(predict(parser, records))
    elapsed = time.perf_counter() - started
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(p) + "\n" for p in predictions), encoding="utf-8")
    print(f"parsed {len(records)} resumes in {elapsed:.2f}s (taxonomy load included); "
          f"predictions in {OUT.relative_to(ROOT)}")
    return subprocess.run([sys.executable, str(SCORER), str(labels), str(OUT)]).returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
