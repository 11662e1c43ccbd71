"""What a served process built to serve (modules, the schema, services, caches, the skill
vocabulary) lives as long as the process: out of the cyclic collector's full passes, which
would otherwise walk all of it again every few hundred requests."""
from __future__ import annotations

import gc


def freeze_long_lived() -> None:
    """Collects what is garbage now, then moves every object still alive into the permanent
    generation (it is still freed by reference counting; only the cycle search skips it)."""
    gc.collect()
    gc.freeze()
