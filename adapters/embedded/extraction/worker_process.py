"""Set-up of an extraction worker process: caps that keep a hostile document's damage
inside the worker, where the pool can kill and replace it."""
from __future__ import annotations

import os
import resource


def prepare_worker(memory_bytes: int) -> None:
    # Tesseract spreads one page over every core by default; the pool already runs one
    # document per core, and oversubscribing makes both slower.
    os.environ["OMP_THREAD_LIMIT"] = "1"
    if memory_bytes > 0:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
