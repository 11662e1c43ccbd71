"""Where the evaluation sets live: the shared data folder beside the project (`../shared`),
or the folder named by TALENTGRAPH_SHARED_DIR. Only `make eval-*` reads it; `make test` never does."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("TALENTGRAPH_SHARED_DIR") or ROOT.parent / "shared")
EVAL_DATA = SHARED / "data" / "eval"
SCORERS = SHARED / "eval"
OUT_DIR = ROOT / "var" / "eval"
