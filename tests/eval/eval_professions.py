"""Résumés of many professions (PDF, DOCX, TXT) through the product's own extraction and
parser, scored by the shared score_professions.py: key-skill recall, grounded share of parsed
skills, experience and education entry counts."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from adapters.embedded.extraction.dispatch import extract_document
from adapters.embedded.extraction.settings import ExtractionSettings
from adapters.embedded.parsing.parser import RuleBasedResumeParser
from domain.errors import DocumentRejected
from domain.uploads import DOCX, PDF, PLAIN_TEXT
from tests.eval.graphql_shape import as_graphql
from tests.eval.shared_data import EVAL_DATA, OUT_DIR, ROOT, SCORERS

FOLDER = EVAL_DATA / "professions_dev"
SCORER = SCORERS / "score_professions.py"
OUT = OUT_DIR / "professions_predictions.jsonl"
_TYPES = {".pdf": PDF, ".docx": DOCX, ".txt": PLAIN_TEXT}


def predict(parser: RuleBasedResumeParser, folder: Path) -> tuple[list[dict], float]:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    out, slowest = [], 0.0
    for name in expected:
        path = folder / name
        try:
            extracted = extract_document(path.read_bytes(), _TYPES[path.suffix.lower()], ExtractionSettings())
            text = extracted.text
        except DocumentRejected as error:
            print(f"{name}: rejected: {error}")
            continue
        started = time.perf_counter()
        parsed = parser.parse_text(text, extracted.looks)
        slowest = max(slowest, time.perf_counter() - started)
        out.append({"file": name, "parsed": as_graphql(parsed), "text": text})
    return out, slowest


def run(parser: RuleBasedResumeParser, folder: Path = FOLDER) -> int:
    predictions, slowest = predict(parser, folder)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(p) + "\n" for p in predictions), encoding="utf-8")
    print(f"\n== professions ({folder.name}): {len(predictions)} résumés, slowest parse "
          f"{slowest * 1000:.1f} ms; predictions in {OUT.relative_to(ROOT)}")
    return subprocess.run([sys.executable, str(SCORER), str(folder / "expected.json"), str(OUT)]).returncode
