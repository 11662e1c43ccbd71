"""`make fuzz`: FUZZ_EXAMPLES operations per role (default 2000), seeded by FUZZ_SEED, within
FUZZ_SECONDS per role; prints the counts and every distinct failure minimised; exits 1 on any."""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from tests.fuzz.actors import ROLES
from tests.fuzz.campaign import run_campaign


def main() -> int:
    examples = int(os.environ.get("FUZZ_EXAMPLES", "2000"))
    seed = int(os.environ.get("FUZZ_SEED", "20261201"))
    seconds = float(os.environ.get("FUZZ_SECONDS", "900"))
    started = time.monotonic()
    print(f"fuzzing the served schema: {examples} operations per role ({', '.join(ROLES)}), seed {seed}, "
          f"at most {seconds:.0f} s per role", flush=True)
    with tempfile.TemporaryDirectory(prefix="talentgraph-fuzz-") as directory:
        campaign = run_campaign(Path(directory) / "data", seed, examples, seconds, run_id=f"s{seed}", progress=True)
    print(campaign.report())
    print(f"\n{time.monotonic() - started:.0f} s; reproduce with FUZZ_SEED={seed} FUZZ_EXAMPLES={examples}")
    short = [role for role in ROLES if campaign.total_sent(role) < examples]
    if short:
        print(f"time ran out before {examples} operations for: {', '.join(short)}")
    return 1 if campaign.failures or short else 0


if __name__ == "__main__":
    sys.exit(main())
