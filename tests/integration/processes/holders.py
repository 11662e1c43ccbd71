"""A real other process that joins a data dir's deployment and holds it until told to go."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
_HOLD = """
import json, sys
from pathlib import Path
from gateway.roles.data_dir_lock import hold_data_dir
asked = json.loads(sys.argv[1])
try:
    with hold_data_dir(Path(asked["dir"]), api_address=asked["api"], worker=asked["worker"]):
        print("held", flush=True)
        sys.stdin.readline()
except Exception as error:
    print(f"refused: {error}", flush=True)
"""


class Holder:
    def __init__(self, data_dir: Path, *, api: str | None, worker: bool) -> None:
        asked = json.dumps({"dir": str(data_dir), "api": api, "worker": worker})
        self.process = subprocess.Popen(
            [sys.executable, "-c", _HOLD, asked], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.answer = self.process.stdout.readline().strip()

    def release(self) -> None:
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        self.process.wait(timeout=10)

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=10)
